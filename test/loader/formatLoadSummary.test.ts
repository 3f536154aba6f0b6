import { formatLoadSummary } from '../../src/loader/formatLoadSummary';

describe('formatLoadSummary', () => {
  it('gives nodes and relationships created versus matched, by kind', () => {
    const summary = {
      batches: 7,
      documents: { rows: 4, created: 2 },
      entities: { rows: 12, created: 3 },
      mentions: { rows: 20, created: 6 },
      relations: { rows: 15, created: 5 },
      replaced: 0,
    };
    expect(formatLoadSummary(summary, 'bolt://127.0.0.1:7687 (database neo4j)')).toBe(
      [
        'Loaded into bolt://127.0.0.1:7687 (database neo4j) in 7 batches:',
        '  nodes:         5 created, 11 matched (documents 2 created / 2 matched, entities 3 created / 9 matched)',
        '  relationships: 11 created, 24 matched (relations 5 created / 10 matched, MENTIONED_IN 6 created / 14 matched)',
        '',
      ].join('\n'),
    );
  });

  it('says batch in the singular for one batch', () => {
    const none = { rows: 0, created: 0 };
    expect(formatLoadSummary({ batches: 1, documents: none, entities: none, mentions: none, relations: none, replaced: 0 }, 'db')).toMatch(/^Loaded into db in 1 batch:/);
  });

  it.each([
    [1, '  replaced:      1 changed document (their old evidence and mentions removed first)'],
    [3, '  replaced:      3 changed documents (their old evidence and mentions removed first)'],
  ])('adds a line for %i replaced documents', (replaced, line) => {
    const none = { rows: 0, created: 0 };
    const text = formatLoadSummary({ batches: 1, documents: none, entities: none, mentions: none, relations: none, replaced }, 'db');
    expect(text.split('\n').at(-2)).toBe(line);
  });
});
