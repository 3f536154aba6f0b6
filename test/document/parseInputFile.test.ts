import { parseInputFile } from '../../src/document/parseInputFile';

describe('parseInputFile', () => {
  it('reads an article file into one document with its id and source', () => {
    const bytes = Buffer.from('24th November, 2025\nRubio met Yermak.');
    expect(parseInputFile({ id: 'a.txt', source: 'in/a.txt', bytes, kind: 'article' })).toEqual({
      documents: [{ id: 'a.txt', text: '24th November, 2025\nRubio met Yermak.', date: '2025-11-24', source: 'in/a.txt' }],
      problems: [],
      warnings: [],
    });
  });

  it('reads an article that is not UTF-8 as Windows-1252, with a warning naming the file', () => {
    const bytes = Buffer.from([0x46, 0x6f, 0x6f, 0x92, 0x73, 0x20, 0xa3, 0x35]);
    expect(parseInputFile({ id: 'a.txt', source: 'in/a.txt', bytes, kind: 'article' })).toEqual({
      documents: [{ id: 'a.txt', text: 'Foo’s £5', source: 'in/a.txt' }],
      problems: [],
      warnings: [expect.objectContaining({ code: 'NG_INPUT_WINDOWS_1252', file: 'in/a.txt', line: 1 })],
    });
  });

  it('reads a JSON Lines file into its documents, with the file as their default source', () => {
    const bytes = Buffer.from('{"id":"a1","text":"T"}\n{"id":"a2","text":"U","source":"wire"}');
    expect(parseInputFile({ id: 'f.jsonl', source: 'in/f.jsonl', bytes, kind: 'jsonl' }).documents).toEqual([
      { id: 'a1', text: 'T', source: 'in/f.jsonl' },
      { id: 'a2', text: 'U', source: 'wire' },
    ]);
  });

  it.each([
    ['an empty article', Buffer.alloc(0), 'NG_INPUT_EMPTY'],
    ['a binary article', Buffer.from('GIF89a\0\0'), 'NG_INPUT_BINARY'],
    ['an article with only front matter', Buffer.from('---\ntitle: T\n---\n'), 'NG_INPUT_EMPTY'],
  ])('turns %s into a problem instead of throwing', (_case, bytes, code) => {
    expect(parseInputFile({ id: 'a.txt', source: 'in/a.txt', bytes, kind: 'article' })).toEqual({
      documents: [],
      problems: [expect.objectContaining({ code, file: 'in/a.txt' })],
      warnings: [],
    });
  });
});
