import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import type { DocumentRow } from './DocumentRowSchema';

/**
 * The `:Document` rows of a graph: its articles, plus any article an entity or an evidence item cites without the
 * graph listing it (so MENTIONED_IN and evidence never point at a missing document). One row per id.
 */
export function toDocumentRows(graph: SerializedGraph): DocumentRow[] {
  const rows = new Map<string, DocumentRow>();
  const add = (id: string, meta: { title?: string; date?: string; source?: string } = {}): void => {
    const known = rows.get(id);
    rows.set(id, {
      id,
      title: known?.title ?? meta.title ?? null,
      date: known?.date ?? meta.date ?? null,
      source: known?.source ?? meta.source ?? null,
    });
  };
  for (const document of graph.attributes.documents) add(document.id, document);
  const cited = new Set<string>();
  for (const node of graph.nodes) for (const document of node.attributes.documents) cited.add(document.id);
  for (const edge of graph.edges) for (const evidence of edge.attributes.evidence) cited.add(evidence.doc);
  for (const id of [...cited].sort()) if (!rows.has(id)) add(id);
  return [...rows.values()];
}
