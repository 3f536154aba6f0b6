import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { NewsGraph } from '../graph/NewsGraph';
import { edgeLabel } from './edgeLabel';
import { flattenAttributes } from './flattenAttributes';
import { stripInvalidXmlChars } from './stripInvalidXmlChars';

type Scalar = string | number | boolean;
type FlatAttributes = Record<string, Scalar>;

/**
 * Writes the graph as GEXF 1.2 through graphology-gexf. Its writer takes scalar values only, so lists and records are
 * JSON strings as in GraphML; nodes are labelled by name, and laid-out nodes carry their `x`, `y` as
 * `<viz:position>` (Gephi opens them in place); edges are labelled by type and carry their `weight`; the graph
 * attributes go to `<meta>`. Empty strings are left out by the writer.
 */
export function toGexf(graph: NewsGraph): string {
  const flat = new MultiDirectedGraph<FlatAttributes, FlatAttributes, FlatAttributes>();
  flat.replaceAttributes(xmlSafe(flattenAttributes(graph.getAttributes())));
  graph.forEachNode((node, attributes) => {
    flat.addNode(stripInvalidXmlChars(node), xmlSafe(flattenAttributes(attributes)));
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    flat.addDirectedEdgeWithKey(
      stripInvalidXmlChars(edge),
      stripInvalidXmlChars(source),
      stripInvalidXmlChars(target),
      xmlSafe({ label: edgeLabel(attributes), ...flattenAttributes(attributes) }),
    );
  });
  // Explicit formatters: the default one would turn attributes named like viz properties (size, color, x...) into viz.
  return write(flat, {
    formatNode: (_node, { x, y, ...attributes }) => ({
      label: String(attributes.name),
      attributes,
      ...(typeof x === 'number' && typeof y === 'number' ? { viz: { x, y, z: 0 } } : {}),
    }),
    formatEdge: (_edge, { label, weight, ...attributes }) => ({
      label: String(label),
      weight: Number(weight),
      attributes,
    }),
  });
}

// graphology-gexf escapes markup but keeps characters XML cannot carry, which would make the file unreadable.
function xmlSafe(attributes: FlatAttributes): FlatAttributes {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [name, typeof value === 'string' ? stripInvalidXmlChars(value) : value]),
  );
}
