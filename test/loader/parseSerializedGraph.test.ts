import { buildGraph } from '../../src/graph/buildGraph';
import { parseSerializedGraph } from '../../src/loader/parseSerializedGraph';
import { FIRST_ARTICLES, sampleExtractions } from './fixtures/sampleExtractions';

describe('parseSerializedGraph', () => {
  it('accepts what buildGraph exports, through a JSON round trip', () => {
    const graph = JSON.parse(JSON.stringify(buildGraph(sampleExtractions('t', FIRST_ARTICLES)).export())) as unknown;
    expect(parseSerializedGraph(graph)).toEqual(graph);
  });

  it.each([
    ['the package.json of a project', { name: 'newsgraph', version: '0.1.0' }, /^package\.json is not a graph newsgraph built: it has none of the fields attributes, nodes, edges/],
    ['a list of nodes that is a string', { ...edgeOfType('PRAISED'), nodes: 'none' }, /field nodes is a string \("none"\), not a list/],
    ['an edge of a type outside the vocabulary', edgeOfType('LOVES'), /field edges\.0\.attributes\.type: /],
    ['an entity of an unknown type', { ...edgeOfType('PRAISED'), nodes: [node('person:a', 'Deity')] }, /field nodes\.0\.attributes\.type: /],
    ['a graph without its documents', { ...edgeOfType('PRAISED'), attributes: { name: 'g' } }, /field attributes\.documents is missing \(it should be a list\)/],
    ['a number', 42, /its top level is a number \(42\), not an object/],
  ])('refuses %s, naming the file and the field in plain words', (_case, graph, message) => {
    expect(() => parseSerializedGraph(graph, 'package.json')).toThrow(expect.objectContaining({ code: 'NG_LOAD_INPUT_INVALID' }));
    expect(() => parseSerializedGraph(graph, 'package.json')).toThrow(message);
    expect(() => parseSerializedGraph(graph, 'package.json')).toThrow(/Fix: give the graph\.json that `newsgraph build/);
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
