import { spawnSync } from 'node:child_process';
import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { edgeLabel } from '../../src/exporters/edgeLabel';
import { toGraphml } from '../../src/exporters/toGraphml';
import { buildGraph } from '../../src/graph/buildGraph';
import type { NewsGraph } from '../../src/graph/NewsGraph';
import { JSON_ATTRIBUTES, parseJsonAttributes } from './parseJsonAttributes';
import { sampleGraph } from './sampleGraph';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

function parseXml(xml: string) {
  return new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml');
}

// What a reader must get back: every attribute, plus the `label` caption the writer adds.
function expectedNodes(graph: NewsGraph) {
  return Object.fromEntries(graph.mapNodes((node, attributes) => [node, { label: attributes.name, ...attributes }]));
}

function expectedEdges(graph: NewsGraph) {
  return Object.fromEntries(
    graph.mapEdges((edge, attributes, source, target) => [
      edge,
      { source, target, attributes: JSON.parse(JSON.stringify({ label: edgeLabel(attributes), ...attributes })) },
    ]),
  );
}

// networkx is the reference GraphML reader of the Python world; this reads the file with it and prints what it saw.
const NETWORKX_READER = `
import json, sys
import networkx as nx
g = nx.read_graphml(sys.stdin.buffer, force_multigraph=True)
print(json.dumps({
  "directed": g.is_directed(),
  "graph": {k: v for k, v in g.graph.items() if k not in ("node_default", "edge_default")},
  "nodes": dict(g.nodes(data=True)),
  "edges": [[u, v, k, d] for u, v, k, d in g.edges(keys=True, data=True)],
}))
`;

// The attr.type declared for an attribute `extra` added to every node of the sample graph.
function extraKeyType(value: (mentions: number) => unknown): string | null | undefined {
  const graph = sampleGraph();
  // The contract has no `extra` attribute: go through the untyped graph to add one.
  const untyped = graph as unknown as MultiDirectedGraph;
  graph.forEachNode((node, { mentions }) => untyped.setNodeAttribute(node, 'extra', value(mentions)));
  return Array.from(parseXml(toGraphml(graph)).getElementsByTagName('key'))
    .find((element) => element.getAttribute('attr.name') === 'extra')
    ?.getAttribute('attr.type');
}

interface NetworkxView {
  directed: boolean;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, string, Record<string, unknown>][];
}

function readWithNetworkx(graphml: string): NetworkxView {
  const probe = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'The networkx round trip needs python3 with networkx: run `python3 -m pip install -r requirements-dev.txt`.\n' +
        (probe.error?.message ?? probe.stderr),
    );
  }
  const run = spawnSync('python3', ['-c', NETWORKX_READER], { input: graphml, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`networkx could not read the GraphML:\n${run.stderr}`);
  return JSON.parse(run.stdout) as NetworkxView;
}

describe('toGraphml', () => {
  it('writes well-formed XML in the GraphML namespace with directed edges', () => {
    const document = parseXml(toGraphml(sampleGraph()));
    expect(document.documentElement?.namespaceURI).toBe(GRAPHML_NS);
    expect(document.documentElement?.localName).toBe('graphml');
    const graphElement = document.getElementsByTagName('graph')[0];
    expect(graphElement?.getAttribute('edgedefault')).toBe('directed');
  });

  it('declares one typed key per attribute with unique ids', () => {
    const keys = Array.from(parseXml(toGraphml(sampleGraph())).getElementsByTagName('key')).map((key) => [
      key.getAttribute('for'),
      key.getAttribute('attr.name'),
      key.getAttribute('attr.type'),
      key.getAttribute('id'),
    ]);
    const ids = keys.map(([, , , id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(keys.map(([domain, name, type]) => [domain, name, type])).toEqual([
      ['graph', 'name', 'string'],
      ['graph', 'documents', 'string'],
      ['node', 'label', 'string'],
      ['node', 'name', 'string'],
      ['node', 'type', 'string'],
      ['node', 'aliases', 'string'],
      ['node', 'mentions', 'int'],
      ['node', 'documents', 'string'],
      ['node', 'country', 'string'],
      ['edge', 'label', 'string'],
      ['edge', 'type', 'string'],
      ['edge', 'weight', 'int'],
      ['edge', 'title', 'string'],
      ['edge', 'topics', 'string'],
      ['edge', 'evidence', 'string'],
    ]);
  });

  it('uses entity ids as node ids and edge keys as edge ids', () => {
    const graph = sampleGraph();
    const document = parseXml(toGraphml(graph));
    const nodeIds = Array.from(document.getElementsByTagName('node')).map((node) => node.getAttribute('id'));
    const edgeIds = Array.from(document.getElementsByTagName('edge')).map((edge) => edge.getAttribute('id'));
    expect(nodeIds).toEqual(graph.nodes());
    expect(edgeIds).toEqual(graph.edges());
  });

  it.each<[string, string, number | boolean]>([
    ['integers', 'int', 7],
    ['fractions', 'double', 0.25],
    ['integers beyond 32 bits', 'double', 2 ** 40],
    ['booleans', 'boolean', true],
  ])('declares %s as %s', (_title, type, value) => {
    expect(extraKeyType(() => value)).toBe(type);
  });

  it('declares a key string when its values mix numbers and text', () => {
    expect(extraKeyType((mentions) => (mentions > 1 ? mentions : 'n/a'))).toBe('string');
  });

  it('reads back through graphology-graphml with the same nodes, edges and attributes', () => {
    const graph = sampleGraph();
    const copy = parse(MultiDirectedGraph, toGraphml(graph));
    expect(parseJsonAttributes(copy.getAttributes(), JSON_ATTRIBUTES.graph)).toEqual(
      JSON.parse(JSON.stringify(graph.getAttributes())),
    );
    expect(
      Object.fromEntries(copy.mapNodes((node, attributes) => [node, parseJsonAttributes(attributes, JSON_ATTRIBUTES.node)])),
    ).toEqual(expectedNodes(graph));
    expect(
      Object.fromEntries(
        copy.mapEdges((edge, attributes, source, target) => [
          edge,
          { source, target, attributes: parseJsonAttributes(attributes, JSON_ATTRIBUTES.edge) },
        ]),
      ),
    ).toEqual(expectedEdges(graph));
  });

  it('reads back through networkx with the same nodes, edges and attributes', () => {
    const graph = sampleGraph();
    const view = readWithNetworkx(toGraphml(graph));
    expect(view.directed).toBe(true);
    expect(parseJsonAttributes(view.graph, JSON_ATTRIBUTES.graph)).toEqual(JSON.parse(JSON.stringify(graph.getAttributes())));
    expect(
      Object.fromEntries(Object.entries(view.nodes).map(([node, attributes]) => [node, parseJsonAttributes(attributes, JSON_ATTRIBUTES.node)])),
    ).toEqual(expectedNodes(graph));
    expect(
      Object.fromEntries(
        view.edges.map(([source, target, key, attributes]) => [
          key,
          { source, target, attributes: parseJsonAttributes(attributes, JSON_ATTRIBUTES.edge) },
        ]),
      ),
    ).toEqual(expectedEdges(graph));
  });

  it('drops control characters from names instead of writing unreadable XML', () => {
    const graph = sampleGraph();
    graph.setNodeAttribute('country:ukraine', 'name', 'Ukr\u0007aine\u0000');
    const copy = parse(MultiDirectedGraph, toGraphml(graph));
    expect(copy.getNodeAttribute('country:ukraine', 'name')).toBe('Ukraine');
    expect(readWithNetworkx(toGraphml(graph)).nodes['country:ukraine']?.name).toBe('Ukraine');
  });

  it('writes an empty graph that still reads back', () => {
    const copy = parse(MultiDirectedGraph, toGraphml(buildGraph([])));
    expect([copy.order, copy.size]).toEqual([0, 0]);
    expect(copy.getAttributes()).toEqual({ name: 'newsgraph', documents: '[]' });
  });
});
