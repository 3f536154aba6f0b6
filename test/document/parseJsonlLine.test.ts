import { parseJsonlLine } from '../../src/document/parseJsonlLine';

describe('parseJsonlLine', () => {
  it.each([
    ['id and text', '{"id":"a1","text":"Rubio met Yermak."}', { id: 'a1', text: 'Rubio met Yermak.', source: 'feed.jsonl' }],
    [
      'every optional field',
      '{"id":"a1","text":"T","title":" Talks ","date":"November 24, 2025","source":"https://example.com/a1"}',
      { id: 'a1', text: 'T', title: 'Talks', date: '2025-11-24', source: 'https://example.com/a1' },
    ],
    ['unknown fields, which are ignored', '{"id":"a1","text":"T","url":"x","tags":[1]}', { id: 'a1', text: 'T', source: 'feed.jsonl' }],
    ['a CRLF line end', '{"id":"a1","text":"T"}\r', { id: 'a1', text: 'T', source: 'feed.jsonl' }],
    ['an empty date', '{"id":"a1","text":"T","date":""}', { id: 'a1', text: 'T', source: 'feed.jsonl' }],
    ['text with mojibake and leading spaces', '{"id":"a1","text":"  Hereâ€™s"}', { id: 'a1', text: '  Hereâ€™s', source: 'feed.jsonl' }],
  ])('reads a line with %s', (_case, line, expected) => {
    expect(parseJsonlLine(line, 3, 'feed.jsonl')).toEqual({ document: expected });
  });

  it('reads a line given as UTF-8 bytes', () => {
    expect(parseJsonlLine(Buffer.from('{"id":"é","text":"Genève"}'), 1, 'feed.jsonl')).toEqual({
      document: { id: 'é', text: 'Genève', source: 'feed.jsonl' },
    });
  });

  it('reads a first line after a byte order mark', () => {
    expect(parseJsonlLine('\uFEFF{"id":"a1","text":"T"}', 1, 'feed.jsonl')).toMatchObject({ document: { id: 'a1' } });
  });

  it.each([[''], ['   '], ['\r']])('skips the blank line %j', (line) => {
    expect(parseJsonlLine(line, 3, 'feed.jsonl')).toBeUndefined();
  });

  it.each([
    ['text that is not JSON', 'not json', 'not valid JSON'],
    ['a cut-off object', '{"id":"a1","text":"T"', 'not valid JSON'],
    ['an array', '["a1","T"]', 'must be a JSON object'],
    ['a missing text', '{"id":"a1"}', 'text: is missing'],
    ['a missing id', '{"text":"T"}', 'id: is missing'],
    ['a numeric id', '{"id":7,"text":"T"}', 'id: must be a string'],
    ['an empty id', '{"id":" ","text":"T"}', 'id: must not be empty'],
    ['an empty text', '{"id":"a1","text":"  "}', 'text: must hold the article text'],
    ['a title that is not a string', '{"id":"a1","text":"T","title":["x"]}', 'title: must be a string'],
    ['a date that cannot be read', '{"id":"a1","text":"T","date":"next week"}', '"date" "next week" is not a date'],
  ])('reports %s with the file, the line and a fix', (_case, line, problem) => {
    const parsed = parseJsonlLine(line, 3, 'feed.jsonl');
    expect(parsed).toEqual({ problem: expect.objectContaining({ code: 'NG_INPUT_JSONL_LINE', file: 'feed.jsonl', line: 3 }) });
    const message = parsed && 'problem' in parsed ? parsed.problem.message : '';
    expect(message).toContain(problem);
    expect(message).toMatch(/^feed\.jsonl:3: .+\. Fix: .+/);
  });

  it('reports a line of invalid UTF-8 bytes as such', () => {
    expect(parseJsonlLine(Buffer.from([0x7b, 0xe9, 0x7d]), 4, 'feed.jsonl')).toEqual({
      problem: expect.objectContaining({ code: 'NG_INPUT_INVALID_UTF8', file: 'feed.jsonl', line: 4 }),
    });
  });
});
