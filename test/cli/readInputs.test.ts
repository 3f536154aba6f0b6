import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../src/cli/readInputs';
import { tempFolder } from './fakeIo';

describe('readInputs', () => {
  const temp = tempFolder();
  const root = temp.path;
  beforeAll(() => {
    mkdirSync(join(root, 'in'));
    mkdirSync(join(root, 'in', 'dir.txt'));
    writeFileSync(join(root, 'in', 'good.md'), '---\ntitle: Good\n---\nRubio met Yermak.\n');
    writeFileSync(join(root, 'in', 'empty.txt'), '');
    writeFileSync(join(root, 'in', 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x41]));
    writeFileSync(join(root, 'in', 'latin1.txt'), Buffer.from('Kyiv said caf\xe9', 'latin1'));
    writeFileSync(join(root, 'in', 'feed.jsonl'), '{"id":"j1","text":"One."}\n{"id":\n{"id":"good.md","text":"Clash."}\n{"id":"j2","text":"Two."}\n');
    symlinkSync('gone.txt', join(root, 'in', 'unreadable.txt'));
  });
  afterAll(temp.remove);

  it('keeps every good document and reports each bad file or line with its fix', async () => {
    const { documents, problems, warnings } = await readInputs(['in', 'missing'], { cwd: root });
    expect(documents.map(({ id, title }) => [id, title])).toEqual([
      ['j1', undefined],
      ['good.md', undefined],
      ['j2', undefined],
      ['in/good.md', 'Good'],
      ['latin1.txt', undefined],
    ]);
    expect(documents.find(({ id }) => id === 'latin1.txt')?.text).toBe('Kyiv said café');
    expect(warnings.map(({ code, file, line }) => [code, file, line])).toEqual([['NG_INPUT_WINDOWS_1252', 'in/latin1.txt', 1]]);
    expect(problems.map(({ code, file, line }) => [code, file, line])).toEqual([
      ['NG_INPUT_UNREADABLE', 'in/unreadable.txt', undefined],
      ['NG_INPUT_UNREADABLE', 'missing', undefined],
      ['NG_INPUT_BINARY', 'in/binary.txt', undefined],
      ['NG_INPUT_EMPTY', 'in/empty.txt', undefined],
      ['NG_INPUT_JSONL_LINE', 'in/feed.jsonl', 2],
    ]);
    expect(problems.every((problem) => /\. Fix: \S/.test(problem.message))).toBe(true);
  });

  it('renames an article whose id a JSON Lines document took to its path, and keeps it', async () => {
    const { documents } = await readInputs(['in'], { cwd: root });
    expect(documents.find(({ id }) => id === 'in/good.md')?.text).toBe('---\ntitle: Good\n---\nRubio met Yermak.\n');
  });

  it('reports a JSON Lines document whose id an earlier file already used', async () => {
    const { documents, problems } = await readInputs(['in/good.md', 'in/feed.jsonl'], { cwd: root });
    expect(documents.map(({ id }) => id)).toEqual(['good.md', 'j1', 'j2']);
    expect(problems.map(({ code, file }) => [code, file])).toEqual([
      ['NG_INPUT_JSONL_LINE', 'in/feed.jsonl'],
      ['NG_INPUT_DUPLICATE_ID', 'in/feed.jsonl'],
    ]);
  });
});
