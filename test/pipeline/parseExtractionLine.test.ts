import { parseExtractionLine } from '../../src/pipeline/parseExtractionLine';

const EXTRACTION = {
  id: 'a1',
  date: '2025-11-24',
  entities: [{ id: 'person:marco-rubio', type: 'Person', name: 'Marco Rubio', aliases: ['Rubio'] }],
  mentions: [{ entity: 'person:marco-rubio', type: 'Person', text: 'Rubio', start: 0, end: 5 }],
  relations: [],
};
const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('parseExtractionLine', () => {
  it('reads a line of newsgraph extract back into the same extraction', () => {
    expect(parseExtractionLine(bytes(JSON.stringify(EXTRACTION)), 1, 'part.jsonl')).toEqual({ extraction: EXTRACTION });
  });

  it('reads a blank line as nothing', () => {
    expect(parseExtractionLine(bytes('  \r'), 2, 'part.jsonl')).toBeUndefined();
  });

  it.each([
    ['{"id":', 'NG_INPUT_EXTRACTION_LINE', 'not valid JSON'],
    ['{"id":"a1","text":"Rubio met Yermak."}', 'NG_INPUT_EXTRACTION_LINE', 'not a document extraction (entities:'],
    [JSON.stringify({ ...EXTRACTION, entities: [{ id: 'Marco Rubio', type: 'Person', name: 'x', aliases: [] }] }), 'NG_INPUT_EXTRACTION_LINE', 'not a document extraction (entities.0.id: Invalid string'],
  ])('names what is wrong with %s', (line, code, problem) => {
    const result = parseExtractionLine(bytes(line), 3, 'part.jsonl');
    expect(result && 'problem' in result ? [result.problem.code, result.problem.line] : result).toEqual([code, 3]);
    expect(result && 'problem' in result ? result.problem.message : '').toContain(`part.jsonl:3: ${problem}`);
  });

  it('reports a line that is not UTF-8 with its line number', () => {
    const result = parseExtractionLine(Buffer.from([0x7b, 0xff, 0x7d]), 4, 'part.jsonl');
    expect(result && 'problem' in result ? [result.problem.code, result.problem.line] : result).toEqual(['NG_INPUT_INVALID_UTF8', 4]);
  });
});
