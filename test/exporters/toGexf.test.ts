import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { edgeLabel } from '../../src/exporters/edgeLabel';
import { toGexf } from '../../src/exporters/toGexf';
import { buildGraph } from '../../src/graph/buildGraph';
import { JSON_ATTRIBUTES, parseJsonAttributes } from './parseJsonAttributes';
import { sampleGraph } from './sampleGraph';

describe('toGexf', () => {
  it('writes well-formed GEXF 1.2 with directed edges', () => {
    const document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(toGexf(sampleGraph()), 'text/xml');
    expect(document.documentElement?.namespaceURI).toBe('http://www.gexf.net/1.2draft');
    expect(document.getElementsByTagName('graph')[0]?.getAttribute('defaultedgetype')).toBe('directed');
  });

  it('labels nodes by name and edges by type', () => {
    const copy = parse(MultiDirectedGraph, toGexf(sampleGraph()));
    expect(copy.getNodeAttribute('organization:at-t', 'label')).toBe('AT&T <Labs> "Q" \'R\'');
    expect(copy.getEdgeAttribute('person:marco-rubio|HOLDS_ROLE:Secretary of State|country:united-states', 'label')).toBe(
      'HOLDS_ROLE: Secretary of State',
    );
  });

  it('reads back through graphology-gexf with the same nodes, edges and attributes', () => {
    const graph = sampleGraph();
    const copy = parse(MultiDirectedGraph, toGexf(graph));
    expect(parseJsonAttributes(copy.getAttributes(), JSON_ATTRIBUTES.graph)).toEqual(
      JSON.parse(JSON.stringify(graph.getAttributes())),
    );
    expect(
      Object.fromEntries(copy.mapNodes((node, attributes) => [node, parseJsonAttributes(attributes, JSON_ATTRIBUTES.node)])),
    ).toEqual(Object.fromEntries(graph.mapNodes((node, attributes) => [node, { label: attributes.name, ...attributes }])));
    expect(
      Object.fromEntries(
        copy.mapEdges((edge, attributes, source, target) => [
          edge,
          { source, target, attributes: parseJsonAttributes(attributes, JSON_ATTRIBUTES.edge) },
        ]),
      ),
    ).toEqual(
      Object.fromEntries(
        graph.mapEdges((edge, attributes, source, target) => [
          edge,
          { source, target, attributes: JSON.parse(JSON.stringify({ label: edgeLabel(attributes), ...attributes })) },
        ]),
      ),
    );
  });

  it('writes layout positions as viz:position, which read back as x and y', () => {
    const graph = sampleGraph();
    graph.mergeNodeAttributes('country:ukraine', { x: 12.5, y: -3.25 });
    const copy = parse(MultiDirectedGraph, toGexf(graph));
    expect(copy.getNodeAttributes('country:ukraine')).toMatchObject({ x: 12.5, y: -3.25 });
    expect(copy.getNodeAttributes('person:marco-rubio').x).toBeUndefined();
  });

  it('drops control characters from names instead of writing unreadable XML', () => {
    const graph = sampleGraph();
    graph.setNodeAttribute('country:ukraine', 'name', 'Ukr\u0007aine\u0000');
    const copy = parse(MultiDirectedGraph, toGexf(graph));
    expect(copy.getNodeAttribute('country:ukraine', 'name')).toBe('Ukraine');
  });

  it('writes an empty graph that still reads back', () => {
    // Without edges the parser guesses a "mixed" graph unless told to keep the constructor's type.
    const copy = parse(MultiDirectedGraph, toGexf(buildGraph([])), { respectInputGraphType: true });
    expect([copy.order, copy.size]).toEqual([0, 0]);
    expect(copy.getAttributes()).toEqual({ name: 'newsgraph', documents: '[]' });
  });
});
