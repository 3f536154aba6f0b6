import { buildGraph } from '../../src/graph/buildGraph';
import { LoadInputError } from '../../src/loader/LoadInputError';
import { parseSerializedGraph } from '../../src/loader/parseSerializedGraph';
import { FIRST_ARTICLES, sampleExtractions } from './fixtures/sampleExtractions';

describe('parseSerializedGraph', () => {
  it('accepts what buildGraph exports, through a JSON round trip', () => {
    const graph = JSON.parse(JSON.stringify(buildGraph(sampleExtractions('t', FIRST_ARTICLES)).export())) as unknown;
    expect(parseSerializedGraph(graph)).toEqual(graph);
  });

  it.each([
    ['something that is not a graph', { nodes: 'none' }, /the graph cannot be loaded: /],
    ['an edge of a type outside the vocabulary', edgeOfType('LOVES'), /edges\.0\.attributes\.type: /],
    ['an entity of an unknown type', { ...edgeOfType('PRAISED'), nodes: [node('person:a', 'Deity')] }, /nodes\.0\.attributes\.type: /],
  ])('refuses %s, naming the field', (_case, graph, message) => {
    expect(() => parseSerializedGraph(graph)).toThrow(LoadInputError);
    expect(() => parseSerializedGraph(graph)).toThrow(message);
  });
});

function node(key: string, type = 'Person'): unknown {
  return { key, attributes: { name: key, type, aliases: [], mentions: 0, documents: [] } };
}

function edgeOfType(type: string): Record<string, unknown> {
  const evidence = { doc: 'a.txt', sentence: 'A loves B.', start: 0, end: 10, rule: 'r', reason: 'r', verb: 'loves' };
  return {
    options: {},
    attributes: { name: 'g', documents: [] },
    nodes: [node('person:a'), node('person:b')],
    edges: [{ key: 'k', source: 'person:a', target: 'person:b', attributes: { type, weight: 1, topics: [], evidence: [evidence] } }],
  };
}
