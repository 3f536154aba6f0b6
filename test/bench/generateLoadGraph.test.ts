import { generateLoadGraph } from '../../src/bench/generateLoadGraph';
import { parseSerializedGraph } from '../../src/loader/parseSerializedGraph';
import { toLoadRows } from '../../src/loader/toLoadRows';

const options = { namespace: 'bench', entities: 200, relationships: 1000, documents: 20, seed: 7 };

describe('generateLoadGraph', () => {
  it('generates exactly the entities, documents and distinct relationships asked for', () => {
    const graph = generateLoadGraph(options);
    expect(graph.nodes).toHaveLength(200);
    expect(graph.attributes.documents).toHaveLength(20);
    expect(graph.edges).toHaveLength(1000);
    expect(new Set(graph.edges.map((edge) => edge.key)).size).toBe(1000);
    // Distinct keys all the way to the rows the loader sends: each edge is one relationship.
    expect(toLoadRows(graph).relations).toHaveLength(1000);
  });

  it('generates a graph the loader accepts, ids in the namespace, roles with a title', () => {
    const graph = parseSerializedGraph(generateLoadGraph(options));
    expect(graph.nodes.every((node) => /^(person|country|organization|location):bench-\d+$/.test(node.key))).toBe(true);
    const roles = graph.edges.filter((edge) => edge.attributes.type === 'HOLDS_ROLE');
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((edge) => edge.attributes.title !== undefined && edge.key.includes(`HOLDS_ROLE:${edge.attributes.title}`))).toBe(true);
    expect(graph.edges.every((edge) => edge.source !== edge.target)).toBe(true);
  });

  it('gives the same graph for the same seed and another for another seed', () => {
    expect(generateLoadGraph(options)).toEqual(generateLoadGraph(options));
    expect(generateLoadGraph({ ...options, seed: 8 }).edges).not.toEqual(generateLoadGraph(options).edges);
  });

  it('refuses more relationships than distinct edges can exist', () => {
    expect(() => generateLoadGraph({ ...options, entities: 2, relationships: 100 })).toThrow(RangeError);
  });
});
