import type { NewsGraph } from '../graph/NewsGraph';
import { edgeLabel } from './edgeLabel';
import { escapeXml } from './escapeXml';
import { flattenAttributes } from './flattenAttributes';

type Scalar = string | number | boolean;
type Domain = 'graph' | 'node' | 'edge';
type GraphmlType = 'string' | 'int' | 'double' | 'boolean';
interface Key {
  id: string;
  domain: Domain;
  name: string;
  type: GraphmlType;
}

const INDENT = '  ';
// Java readers (Gephi, yEd, Cytoscape) parse `int` as 32 bits: larger integers are declared `double`.
const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);

/**
 * Writes the graph as GraphML (directed, one `<key>` per attribute with its `attr.type`) for Gephi, yEd, Cytoscape,
 * networkx and graphology-graphml. Node ids are entity ids and edge ids are edge keys. Lists and records (`aliases`,
 * `documents`, `topics`, `evidence`) are JSON strings in `string` keys; a `label` key (node name, edge type) gives
 * viewers a caption.
 */
export function toGraphml(graph: NewsGraph): string {
  const graphData = flattenAttributes(graph.getAttributes());
  const nodes = graph.mapNodes((node, attributes) => ({
    id: node,
    data: { label: attributes.name, ...flattenAttributes(attributes) },
  }));
  const edges = graph.mapEdges((edge, attributes, source, target) => ({
    id: edge,
    source,
    target,
    data: { label: edgeLabel(attributes), ...flattenAttributes(attributes) },
  }));
  const keys = [
    ...declareKeys('graph', 'g', [graphData]),
    ...declareKeys('node', 'n', nodes.map(({ data }) => data)),
    ...declareKeys('edge', 'e', edges.map(({ data }) => data)),
  ];
  const keysOf = (domain: Domain) => new Map(keys.filter((key) => key.domain === domain).map((key) => [key.name, key]));
  const graphKeys = keysOf('graph');
  const nodeKeys = keysOf('node');
  const edgeKeys = keysOf('edge');

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(
      (key) =>
        `${INDENT}<key id="${key.id}" for="${key.domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`,
    ),
    `${INDENT}<graph edgedefault="directed">`,
    // Graph data must come before the nodes: the GraphML schema (and graphology-graphml) expect it there.
    ...dataLines(graphData, graphKeys, INDENT.repeat(2)),
  ];
  for (const node of nodes) {
    lines.push(`${INDENT.repeat(2)}<node id="${escapeXml(node.id)}">`);
    lines.push(...dataLines(node.data, nodeKeys, INDENT.repeat(3)));
    lines.push(`${INDENT.repeat(2)}</node>`);
  }
  for (const edge of edges) {
    lines.push(
      `${INDENT.repeat(2)}<edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`,
    );
    lines.push(...dataLines(edge.data, edgeKeys, INDENT.repeat(3)));
    lines.push(`${INDENT.repeat(2)}</edge>`);
  }
  lines.push(`${INDENT}</graph>`, '</graphml>', '');
  return lines.join('\n');
}

// One key per attribute name in order of first appearance, typed by every value it takes.
function declareKeys(domain: Domain, prefix: string, records: readonly Record<string, Scalar>[]): Key[] {
  const types = new Map<string, GraphmlType>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      const type = graphmlType(value);
      const previous = types.get(name);
      types.set(name, previous === undefined ? type : widen(previous, type));
    }
  }
  return [...types].map(([name, type], index) => ({ id: `${prefix}${index}`, domain, name, type }));
}

function graphmlType(value: Scalar): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  return Number.isInteger(value) && value >= INT_MIN && value <= INT_MAX ? 'int' : 'double';
}

// Mixed numbers widen to double; any other mix can only be carried as text.
function widen(a: GraphmlType, b: GraphmlType): GraphmlType {
  if (a === b) return a;
  if ((a === 'int' || a === 'double') && (b === 'int' || b === 'double')) return 'double';
  return 'string';
}

function dataLines(data: Record<string, Scalar>, keys: ReadonlyMap<string, Key>, indent: string): string[] {
  return Object.entries(data).map(([name, value]) => {
    // Every name was declared from these same records, so the key is always found.
    const key = keys.get(name);
    return `${indent}<data key="${key?.id ?? ''}">${escapeXml(String(value))}</data>`;
  });
}
