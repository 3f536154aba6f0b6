import type { Document } from '../../src/document/DocumentSchema';
import { extractDocuments } from '../../src/cli/extractDocuments';
import { fakeIo } from './fakeIo';

describe('extractDocuments', () => {
  it('extracts every document with the default date, lets each go once extracted, and counts them on stderr', async () => {
    const documents: (Document | undefined)[] = [
      { id: 'a.txt', text: 'Marco Rubio met Wang Yi in Beijing.' },
      { id: 'b.txt', text: 'Germany criticized Russia.', date: '2025-01-02' },
    ];
    const { io, stderr } = fakeIo({ cwd: '/' });
    const { extractions, problems } = await extractDocuments(documents, io, { date: '2025-11-24' });
    expect(extractions.map(({ id, date }) => [id, date])).toEqual([
      ['a.txt', '2025-11-24'],
      ['b.txt', '2025-01-02'],
    ]);
    expect(problems).toEqual([]);
    expect(documents).toEqual([]);
    expect(stderr()).toBe('extracting documents 2/2\n');
  });
});
