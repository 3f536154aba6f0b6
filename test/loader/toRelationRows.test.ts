import { buildGraph } from '../../src/graph/buildGraph';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { LoadInputError } from '../../src/loader/LoadInputError';
import { toRelationRows } from '../../src/loader/toRelationRows';
import { FIRST_ARTICLES, SECOND_ARTICLES, sampleExtractions } from './fixtures/sampleExtractions';

describe('toRelationRows', () => {
  const graph = buildGraph(sampleExtractions('t', [...FIRST_ARTICLES, ...SECOND_ARTICLES])).export() as SerializedGraph;
  const rows = toRelationRows(graph);

  it('gives one row per edge, keyed and sorted like the graph', () => {
    expect(rows.map((row) => row.key)).toEqual(graph.edges.map((edge) => edge.key).sort());
  });

  it('keeps a role title in the key, so two offices of one person stay two relationships', () => {
    const trump = rows.filter((row) => row.source === 'person:t-donald-trump' && row.type === 'HOLDS_ROLE');
    expect(trump.map((row) => [row.key, row.title])).toEqual([['person:t-donald-trump|HOLDS_ROLE:President|country:t-united-states', 'President']]);
  });

  it('carries every evidence item with its key, its offsets and a null date when the article has none', () => {
    const first = FIRST_ARTICLES[0]?.text ?? '';
    const second = FIRST_ARTICLES[1]?.text ?? '';
    const sentence = "US President Donald Trump publicly criticised Ukraine's leadership for showing zero gratitude.";
    const accused = "Trump accused Ukraine's leaders of showing zero gratitude.";
    const start = first.indexOf(sentence);
    const criticized = rows.find((row) => row.key === 'person:t-donald-trump|CRITICIZED|country:t-ukraine');
    expect(criticized?.evidence.map(({ key, doc, date, sentence, start, end }) => ({ key, doc, date, sentence, start, end }))).toEqual([
      { key: `t/000.txt|${start}|${start + sentence.length}|criticized-criticised`, doc: 't/000.txt', date: '2025-11-23', sentence, start, end: start + sentence.length },
      { key: `t/001.txt|0|${accused.length}|criticized-accused`, doc: 't/001.txt', date: '2025-11-24T04:57:45', sentence: accused, start: second.indexOf(accused), end: accused.length },
    ]);
    const attacked = rows.find((row) => row.type === 'ATTACKED');
    expect(attacked?.evidence[0]?.date).toBeNull();
    expect(attacked?.title).toBeNull();
  });

  it('drops evidence repeated within an edge and repeated topics', () => {
    const [edge] = graph.edges.filter((candidate) => candidate.attributes.type === 'REJECTED');
    if (!edge) throw new Error('the fixture has a REJECTED edge');
    const doubled = {
      ...edge,
      attributes: {
        ...edge.attributes,
        topics: [...edge.attributes.topics, ...edge.attributes.topics],
        evidence: [...edge.attributes.evidence, ...edge.attributes.evidence],
      },
    };
    const [row] = toRelationRows({ ...graph, edges: [doubled] });
    expect(row?.topics).toEqual(['the US-backed plan']);
    expect(row?.evidence).toHaveLength(1);
  });

  it('merges two edges of the graph that share a key', () => {
    const edge = graph.edges.find((candidate) => candidate.key === 'person:t-donald-trump|CRITICIZED|country:t-ukraine');
    if (!edge) throw new Error('the fixture has this edge');
    const halves = [
      { ...edge, key: 'first-half', attributes: { ...edge.attributes, weight: 1, evidence: edge.attributes.evidence.slice(0, 1) } },
      { ...edge, key: 'second-half', attributes: { ...edge.attributes, weight: 1, evidence: edge.attributes.evidence.slice(1) } },
    ];
    const merged = toRelationRows({ ...graph, edges: halves });
    expect(merged.map((row) => row.key)).toEqual([edge.key]);
    expect(merged[0]?.evidence.map((item) => item.doc)).toEqual(['t/000.txt', 't/001.txt']);
  });

  it('refuses an edge whose endpoint is not a node of the graph', () => {
    const [edge] = graph.edges;
    if (!edge) throw new Error('the fixture has edges');
    const dangling = { ...graph, edges: [{ ...edge, target: 'person:nobody' }] };
    expect(() => toRelationRows(dangling)).toThrow(LoadInputError);
    expect(() => toRelationRows(dangling)).toThrow(/points at person:nobody, which is not a node of the graph/);
  });
});
