import { parseJsonl } from '../../src/document/parseJsonl';

const GOOD = '{"id":"a1","text":"Rubio met Yermak."}';

describe('parseJsonl', () => {
  it('reads one document per line, skipping blank lines', () => {
    const content = `${GOOD}\n\n{"id":"a2","text":"Trump thanked Yermak.","date":"2025-11-24"}\n`;
    expect(parseJsonl(content, 'feed.jsonl')).toEqual({
      documents: [
        { id: 'a1', text: 'Rubio met Yermak.', source: 'feed.jsonl' },
        { id: 'a2', text: 'Trump thanked Yermak.', date: '2025-11-24', source: 'feed.jsonl' },
      ],
      problems: [],
      warnings: [],
    });
  });

  it.each([
    ['text', (lines: string[]) => lines.join('\r\n')],
    ['bytes', (lines: string[]) => Buffer.from(lines.join('\n'))],
  ])('keeps the good lines around bad ones, given as %s, and names each bad line', (_case, join) => {
    const lines = [GOOD, 'oops', '{"id":"a2"}', '{"id":"a1","text":"again"}', '{"id":"a3","text":"last"}'];
    const { documents, problems } = parseJsonl(join(lines), 'in/feed.jsonl');
    expect(documents.map((document) => document.id)).toEqual(['a1', 'a3']);
    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([
      ['NG_INPUT_JSONL_LINE', 2],
      ['NG_INPUT_JSONL_LINE', 3],
      ['NG_INPUT_DUPLICATE_ID', 4],
    ]);
    expect(problems.every((problem) => problem.file === 'in/feed.jsonl')).toBe(true);
  });

  it('keeps the good lines around a line of invalid UTF-8', () => {
    const content = Buffer.concat([Buffer.from(`${GOOD}\n{"id":"a2","text":"caf`), Buffer.from([0xe9]), Buffer.from('"}\n{"id":"a3","text":"ok"}')]);
    const { documents, problems } = parseJsonl(content, 'feed.jsonl');
    expect(documents.map((document) => document.id)).toEqual(['a1', 'a3']);
    expect(problems).toEqual([expect.objectContaining({ code: 'NG_INPUT_INVALID_UTF8', line: 2 })]);
  });

  it.each([
    ['an empty file', '', 'NG_INPUT_EMPTY'],
    ['only blank lines', '\n  \n', 'NG_INPUT_EMPTY'],
    ['a binary file', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]), 'NG_INPUT_BINARY'],
  ])('reports %s as one problem for the file', (_case, content, code) => {
    expect(parseJsonl(content, 'feed.jsonl')).toEqual({
      documents: [],
      problems: [expect.objectContaining({ code, file: 'feed.jsonl', line: undefined })],
      warnings: [],
    });
  });
});
