import { EVIDENCE_FIELDS, type ExplorerData } from './ExplorerData';
import type { ExplorerFilters } from './ExplorerFilters';
import { indexExplorerData } from './indexExplorerData';
import { withinDates } from './withinDates';

/** Which nodes and edges the filters show, and each edge's weight counting only the evidence within the dates. */
export interface FilteredView {
  nodes: boolean[];
  edges: boolean[];
  weights: number[];
  shownNodes: number;
  shownEdges: number;
}

/**
 * Applies the explorer's filters. A node is shown when its type is, and (with dates set) when a document naming it is
 * dated within them; an edge when its type and both ends are shown and it has at least `minWeight` evidence items
 * within the dates. While a date bound is set, undated documents and evidence are out of it.
 */
export function filterView(data: ExplorerData, filters: ExplorerFilters): FilteredView {
  const { documentById } = indexExplorerData(data);
  const dated = filters.from !== undefined || filters.to !== undefined;
  const inRange = (date: string | undefined) => withinDates(date, filters);
  const text = (index: number | undefined) => (index === undefined || index < 0 ? undefined : data.strings[index]);

  const nodes = data.nodes.map(([, , type, , , , , documents]) => {
    if (!filters.entityTypes.has(type)) return false;
    if (!dated) return true;
    for (let at = 0; at < documents.length; at += 2) {
      if (inRange(text(documentById.get(documents[at] ?? -1)?.[2]))) return true;
    }
    return false;
  });
  const weights = data.edges.map(([, , , , , , evidence]) => {
    if (!dated) return evidence.length / EVIDENCE_FIELDS;
    let count = 0;
    for (let at = 0; at + EVIDENCE_FIELDS <= evidence.length; at += EVIDENCE_FIELDS) {
      // The date is the last field of an evidence item.
      if (inRange(text(evidence[at + EVIDENCE_FIELDS - 1]))) count++;
    }
    return count;
  });
  const minWeight = Math.max(1, filters.minWeight);
  const edges = data.edges.map(
    ([, source, target, type], edge) =>
      filters.relationTypes.has(type) && nodes[source] === true && nodes[target] === true && (weights[edge] ?? 0) >= minWeight,
  );
  if (filters.hideIsolated) {
    const linked = new Array<boolean>(nodes.length).fill(false);
    data.edges.forEach(([, source, target], edge) => {
      if (!edges[edge]) return;
      linked[source] = true;
      linked[target] = true;
    });
    nodes.forEach((shown, node) => {
      nodes[node] = shown && linked[node] === true;
    });
  }
  return {
    nodes,
    edges,
    weights,
    shownNodes: nodes.filter(Boolean).length,
    shownEdges: edges.filter(Boolean).length,
  };
}
