import { buildGraph } from '../../src/graph/buildGraph';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { evidenceKey, toLoadRows } from '../../src/loader/toLoadRows';
import { FIRST_ARTICLES, SECOND_ARTICLES, sampleExtractions } from './fixtures/sampleExtractions';

const relationsOf = (graph: SerializedGraph) => toLoadRows(graph).relations;
const HASH = expect.stringMatching(/^[0-9a-f]{64}$/);

describe('evidenceKey', () => {
  it.each([
    [{ doc: 'a.txt', start: 0, end: 42, rule: 'criticized-verb' }, 'a.txt|0|42|criticized-verb'],
    [{ doc: 'feeds/b.jsonl#3', start: 120, end: 180, rule: 'holds-role-title' }, 'feeds/b.jsonl#3|120|180|holds-role-title'],
  ])('keys %j as %s', (evidence, expected) => {
    expect(evidenceKey(evidence)).toBe(expected);
  });

  it('tells apart two rules reading the same sentence', () => {
    const sentence = { doc: 'a.txt', start: 0, end: 42 };
    expect(evidenceKey({ ...sentence, rule: 'praised-thanked' })).not.toBe(evidenceKey({ ...sentence, rule: 'met-with' }));
  });
});

describe('toLoadRows: documents', () => {
  it('gives one row per article with null for a missing title, date or source', () => {
    const graph = buildGraph(sampleExtractions('t', FIRST_ARTICLES)).export() as SerializedGraph;
    expect(toLoadRows(graph).documents).toEqual([
      { id: 't/000.txt', title: 'US and Ukraine report progress in Geneva', date: '2025-11-23', source: 'https://example.org/000.txt', hash: HASH },
      { id: 't/001.txt', title: null, date: '2025-11-24T04:57:45', source: 'https://example.org/001.txt', hash: HASH },
    ]);
  });

  it('adds, without metadata, the articles that entities or evidence cite but the graph does not list', () => {
    const graph = buildGraph(sampleExtractions('t', FIRST_ARTICLES)).export() as SerializedGraph;
    const unlisted = { ...graph, attributes: { ...graph.attributes, documents: [] } };
    expect(toLoadRows(unlisted).documents).toEqual([
      { id: 't/000.txt', title: null, date: null, source: null, hash: HASH },
      { id: 't/001.txt', title: null, date: null, source: null, hash: HASH },
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
    expect(toLoadRows(graph).documents).toEqual([{ id: 'a.txt', title: 'First', date: '2025-11-24', source: null, hash: HASH }]);
  });
});

describe('toLoadRows: content hashes', () => {
  const graph = buildGraph(sampleExtractions('t', FIRST_ARTICLES)).export() as SerializedGraph;
  const hashes = (of: SerializedGraph) => Object.fromEntries(toLoadRows(of).documents.map((row) => [row.id, row.hash]));
  const [edge, ...others] = graph.edges;
  if (!edge) throw new Error('the fixture has edges');
  const reworded = (doc: string): SerializedGraph => ({
    ...graph,
    edges: [
      {
        ...edge,
        attributes: {
          ...edge.attributes,
          evidence: edge.attributes.evidence.map((item) => (item.doc === doc ? { ...item, sentence: `${item.sentence} (corrected)` } : item)),
        },
      },
      ...others,
    ],
  });
  const docOf = edge.attributes.evidence[0]?.doc ?? '';

  it('gives a document the same hash however often the graph is exported', () => {
    const again = JSON.parse(JSON.stringify(buildGraph(sampleExtractions('t', FIRST_ARTICLES)).export())) as SerializedGraph;
    expect(hashes(again)).toEqual(hashes(graph));
  });

  it("changes the hash of the document whose evidence changed, and of no other", () => {
    const before = hashes(graph);
    const after = hashes(reworded(docOf));
    expect(Object.keys(after).filter((id) => after[id] !== before[id])).toEqual([docOf]);
  });

  it('changes the hash when a mention count or the metadata changes', () => {
    const [node] = graph.nodes;
    if (!node) throw new Error('the fixture has nodes');
    const [first] = node.attributes.documents;
    if (!first) throw new Error('the node has a document');
    const recounted = { ...graph, nodes: [{ ...node, attributes: { ...node.attributes, documents: [{ ...first, mentions: first.mentions + 1 }] } }, ...graph.nodes.slice(1)] };
    expect(hashes(recounted)[first.id]).not.toBe(hashes(graph)[first.id]);
    const retitled = { ...graph, attributes: { ...graph.attributes, documents: graph.attributes.documents.map((meta) => ({ ...meta, title: 'New title' })) } };
    expect(hashes(retitled)['t/001.txt']).not.toBe(hashes(graph)['t/001.txt']);
  });
});

describe('toLoadRows: entities', () => {
  const graph = buildGraph(sampleExtractions('t', [...FIRST_ARTICLES, ...SECOND_ARTICLES])).export() as SerializedGraph;

  it('gives one row per node, sorted by id', () => {
    const ids = toLoadRows(graph).entities.map((row) => row.id);
    expect(ids).toEqual(graph.nodes.map((node) => node.key).sort());
  });

  it('counts mentions per document, as the graph does', () => {
    const ukraine = toLoadRows(graph).entities.find((row) => row.id === 'country:t-ukraine');
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
    expect(toLoadRows({ ...graph, nodes: [node], edges: [] }).entities).toEqual([
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
    expect(toLoadRows({ ...graph, nodes: [node], edges: [] }).entities[0]?.country).toBe('country:ireland');
  });
});

describe('toLoadRows: relations', () => {
  const graph = buildGraph(sampleExtractions('t', [...FIRST_ARTICLES, ...SECOND_ARTICLES])).export() as SerializedGraph;
  const rows = toLoadRows(graph).relations;

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
    const [row] = relationsOf({ ...graph, edges: [doubled] });
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
    const merged = relationsOf({ ...graph, edges: halves });
    expect(merged.map((row) => row.key)).toEqual([edge.key]);
    expect(merged[0]?.evidence.map((item) => item.doc)).toEqual(['t/000.txt', 't/001.txt']);
  });

  it('refuses an edge whose endpoint is not a node of the graph', () => {
    const [edge] = graph.edges;
    if (!edge) throw new Error('the fixture has edges');
    const dangling = { ...graph, edges: [{ ...edge, target: 'person:nobody' }] };
    expect(() => relationsOf(dangling)).toThrow(expect.objectContaining({ code: 'NG_LOAD_INPUT_INVALID' }));
    expect(() => relationsOf(dangling)).toThrow(/points at person:nobody, which is not a node of the graph/);
  });
});
