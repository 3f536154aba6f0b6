import { buildGraph } from '../../src/graph/buildGraph';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { toDocumentRows } from '../../src/loader/toDocumentRows';
import { FIRST_ARTICLES, sampleExtractions } from './fixtures/sampleExtractions';

describe('toDocumentRows', () => {
  it('gives one row per article with null for a missing title, date or source', () => {
    const graph = buildGraph(sampleExtractions('t', FIRST_ARTICLES)).export() as SerializedGraph;
    expect(toDocumentRows(graph)).toEqual([
      { id: 't/000.txt', title: 'US and Ukraine report progress in Geneva', date: '2025-11-23', source: 'https://example.org/000.txt' },
      { id: 't/001.txt', title: null, date: '2025-11-24T04:57:45', source: 'https://example.org/001.txt' },
    ]);
  });

  it('adds, without metadata, the articles that entities or evidence cite but the graph does not list', () => {
    const graph = buildGraph(sampleExtractions('t', FIRST_ARTICLES)).export() as SerializedGraph;
    const unlisted = { ...graph, attributes: { ...graph.attributes, documents: [] } };
    expect(toDocumentRows(unlisted)).toEqual([
      { id: 't/000.txt', title: null, date: null, source: null },
      { id: 't/001.txt', title: null, date: null, source: null },
    ]);
  });

  it('keeps one row per id, with the first value given for each field', () => {
    const graph: SerializedGraph = {
      options: {},
      attributes: {
        name: 'g',
        documents: [
          { id: 'a.txt', title: 'First' },
          { id: 'a.txt', title: 'Second', date: '2025-11-24' },
        ],
      },
      nodes: [],
      edges: [],
    };
    expect(toDocumentRows(graph)).toEqual([{ id: 'a.txt', title: 'First', date: '2025-11-24', source: null }]);
  });
});
