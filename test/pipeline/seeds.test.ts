import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../src/graph/buildGraph';
import { extractDocument } from '../../src/pipeline/extractDocument';
import { resolveCorpus } from '../../src/pipeline/resolveCorpus';

// The five sample articles, end to end through extraction, corpus resolution and the graph.
const folder = join(__dirname, '../../seeds');
const graph = buildGraph(
  resolveCorpus(readdirSync(folder).sort().map((file) => extractDocument({ id: file, text: readFileSync(join(folder, file), 'utf8') }))),
);
const edges = graph.mapEdges((_key, attributes, source, target) => `${source} ${attributes.type} ${target}`);

describe('the seed articles', () => {
  it.each([
    ['person:marco-rubio LEADS_DELEGATION country:united-states'],
    ['person:andriy-yermak LEADS_DELEGATION country:ukraine'],
    ['person:dmitry-peskov HOLDS_ROLE organization:kremlin'],
    ['person:johann-wadephul HOLDS_ROLE country:germany'],
    ['person:keir-starmer HOLDS_ROLE country:united-kingdom'],
    ['person:donald-trump CRITICIZED country:ukraine'],
    ['person:volodymyr-zelensky CRITICIZED person:vladimir-putin'],
    ['country:ukraine REJECTED country:united-states'],
    ['person:donald-trump PRESSURED country:ukraine'],
    ['person:andriy-yermak PRAISED person:donald-trump'],
    ['country:russia ATTACKED country:ukraine'],
    ['country:united-states NEGOTIATED_WITH country:ukraine'],
  ])('state %s', (edge) => {
    expect(edges).toContain(edge);
  });

  it('merge every spelling of one person into one node', () => {
    expect(graph.getNodeAttribute('person:volodymyr-zelensky', 'aliases')).toEqual(expect.arrayContaining(['Zelenskiy', 'Volodymyr Zelenskiy']));
    expect(graph.filterNodes((_key, attributes) => /zelensk/i.test(attributes.name))).toHaveLength(1);
  });

  it('give no two nodes the same name and type', () => {
    const names = graph.mapNodes((_key, attributes) => `${attributes.type}:${attributes.name.toLowerCase()}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keep the plan as the topic of the rejection', () => {
    expect(graph.getEdgeAttribute('country:ukraine|REJECTED|country:united-states', 'topics')).toEqual(['US-backed plan']);
  });
});
