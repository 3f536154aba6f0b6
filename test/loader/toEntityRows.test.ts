import { buildGraph } from '../../src/graph/buildGraph';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { toEntityRows } from '../../src/loader/toEntityRows';
import { FIRST_ARTICLES, SECOND_ARTICLES, sampleExtractions } from './fixtures/sampleExtractions';

describe('toEntityRows', () => {
  const graph = buildGraph(sampleExtractions('t', [...FIRST_ARTICLES, ...SECOND_ARTICLES])).export() as SerializedGraph;

  it('gives one row per node, sorted by id', () => {
    const ids = toEntityRows(graph).map((row) => row.id);
    expect(ids).toEqual(graph.nodes.map((node) => node.key).sort());
  });

  it('counts mentions per document, as the graph does', () => {
    const ukraine = toEntityRows(graph).find((row) => row.id === 'country:t-ukraine');
    expect(ukraine).toEqual({
      id: 'country:t-ukraine',
      type: 'Country',
      name: 'Ukraine',
      aliases: ['Kyiv', 'Ukrainian'],
      country: null,
      // 000: "Ukraine's", "Kyiv"; 001: "Ukraine's", "Ukrainian"; 002: "Ukrainian", "Kyiv"; 003: "Ukraine".
      documents: [
        { id: 't/000.txt', count: 2 },
        { id: 't/001.txt', count: 2 },
        { id: 't/002.txt', count: 2 },
        { id: 't/003.txt', count: 1 },
      ],
    });
  });

  it('makes aliases a sorted set without the name, and merges repeated documents', () => {
    const node = {
      key: 'person:marco-rubio',
      attributes: {
        name: 'Marco Rubio',
        type: 'Person' as const,
        aliases: ['Rubio', 'Marco Rubio', 'Ambassador Rubio', 'Rubio'],
        mentions: 4,
        documents: [
          { id: 'b.txt', mentions: 1 },
          { id: 'a.txt', mentions: 2 },
          { id: 'b.txt', mentions: 1 },
        ],
      },
    };
    expect(toEntityRows({ ...graph, nodes: [node] })).toEqual([
      {
        id: 'person:marco-rubio',
        type: 'Person',
        name: 'Marco Rubio',
        aliases: ['Ambassador Rubio', 'Rubio'],
        country: null,
        documents: [
          { id: 'a.txt', count: 2 },
          { id: 'b.txt', count: 2 },
        ],
      },
    ]);
  });

  it("carries a party's country", () => {
    const node = { key: 'organization:ireland-labour-party', attributes: { name: 'Labour Party', type: 'Organization' as const, aliases: [], country: 'country:ireland', mentions: 1, documents: [{ id: 'a.txt', mentions: 1 }] } };
    expect(toEntityRows({ ...graph, nodes: [node] })[0]?.country).toBe('country:ireland');
  });
});
