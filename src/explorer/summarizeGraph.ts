import { entityRef } from './entityRef';
import { EVIDENCE_FIELDS, type ExplorerData } from './ExplorerData';
import type { EntityRef } from './ExplorerViews';
import { indexExplorerData } from './indexExplorerData';

/** The overview `newsgraph show` prints: counts by type, the most mentioned and most connected entities, the strongest edges. */
export interface GraphSummary {
  name: string;
  documents: number;
  entities: number;
  relations: number;
  evidence: number;
  entityTypes: { type: string; count: number }[];
  relationTypes: { type: string; count: number; evidence: number }[];
  topByMentions: (EntityRef & { mentions: number })[];
  topByDegree: (EntityRef & { degree: number })[];
  strongestEdges: { edge: number; type: string; title?: string; source: EntityRef; target: EntityRef; weight: number }[];
}

/** Summarizes the graph, with the `top` first entities and edges of each ranking (ties broken by name). */
export function summarizeGraph(data: ExplorerData, top = 10): GraphSummary {
  const { degree } = indexExplorerData(data);
  const weight = (edge: number) => (data.edges[edge]?.[6].length ?? 0) / EVIDENCE_FIELDS;
  const nodes = data.nodes.map((_, node) => entityRef(data, node));
  const byName = (a: EntityRef, b: EntityRef) => a.name.localeCompare(b.name);
  const mentions = (node: number) => data.nodes[node]?.[3] ?? 0;
  return {
    name: data.strings[data.name] ?? '',
    documents: data.documents.length,
    entities: data.nodes.length,
    relations: data.edges.length,
    evidence: data.edges.reduce((sum, _, edge) => sum + weight(edge), 0),
    entityTypes: data.entityTypes
      .map((type, index) => ({ type, count: data.nodes.filter((node) => node[2] === index).length }))
      .filter(({ count }) => count > 0),
    relationTypes: data.relationTypes
      .map((type, index) => {
        const edges = data.edges.map((_, edge) => edge).filter((edge) => data.edges[edge]?.[3] === index);
        return { type, count: edges.length, evidence: edges.reduce((sum, edge) => sum + weight(edge), 0) };
      })
      .filter(({ count }) => count > 0),
    topByMentions: [...nodes]
      .sort((a, b) => mentions(b.node) - mentions(a.node) || byName(a, b))
      .slice(0, top)
      .map((node) => ({ ...node, mentions: mentions(node.node) })),
    topByDegree: [...nodes]
      .filter((node) => (degree[node.node] ?? 0) > 0)
      .sort((a, b) => (degree[b.node] ?? 0) - (degree[a.node] ?? 0) || byName(a, b))
      .slice(0, top)
      .map((node) => ({ ...node, degree: degree[node.node] ?? 0 })),
    strongestEdges: data.edges
      .map((_, edge) => edge)
      .sort((a, b) => weight(b) - weight(a) || a - b)
      .slice(0, top)
      .map((edge) => {
        const [, source = 0, target = 0, type = 0, title = -1] = data.edges[edge] ?? [];
        return {
          edge,
          type: data.relationTypes[type] ?? '',
          ...(title < 0 ? {} : { title: data.strings[title] ?? '' }),
          source: nodes[source] ?? entityRef(data, source),
          target: nodes[target] ?? entityRef(data, target),
          weight: weight(edge),
        };
      }),
  };
}
