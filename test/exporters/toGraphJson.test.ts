import { MultiDirectedGraph } from 'graphology';
import { toGraphJson } from '../../src/exporters/toGraphJson';
import { SerializedGraphSchema } from '../../src/graph/SerializedGraphSchema';
import { sampleGraph } from './sampleGraph';

describe('toGraphJson', () => {
  it('writes JSON that matches the serialized graph contract', () => {
    const parsed = SerializedGraphSchema.safeParse(JSON.parse(toGraphJson(sampleGraph())));
    expect(parsed.error).toBeUndefined();
  });

  it('imports back into graphology as the same graph', () => {
    const graph = sampleGraph();
    const copy = new MultiDirectedGraph();
    copy.import(JSON.parse(toGraphJson(graph)));
    expect(copy.getAttributes()).toEqual(graph.getAttributes());
    expect(copy.order).toBe(graph.order);
    expect(copy.size).toBe(graph.size);
    graph.forEachNode((node, attributes) => expect(copy.getNodeAttributes(node)).toEqual(attributes));
    graph.forEachEdge((edge, attributes, source, target) => {
      expect([copy.source(edge), copy.target(edge)]).toEqual([source, target]);
      expect(copy.getEdgeAttributes(edge)).toEqual(attributes);
    });
  });

  it('keeps control characters and lone surrogates as JSON escapes', () => {
    const graph = sampleGraph();
    graph.setNodeAttribute('country:ukraine', 'name', 'Ukr\u0007aine\uD800');
    const copy = new MultiDirectedGraph();
    copy.import(JSON.parse(toGraphJson(graph)));
    expect(copy.getNodeAttribute('country:ukraine', 'name')).toBe('Ukr\u0007aine\uD800');
  });
});
