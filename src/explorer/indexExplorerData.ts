import type { ExplorerData, PackedDocument } from './ExplorerData';
import { normalizeSearchText } from './normalizeSearchText';

/** Lookups over an ExplorerData that the packed arrays do not give directly; built once per data object. */
export interface ExplorerIndex {
  /** For each node, the indices of the edges that leave or reach it. */
  incident: number[][];
  /** For each node, the number of distinct relation edges it has (in and out). */
  degree: number[];
  /** Documents by the string index of their id. */
  documentById: Map<number, PackedDocument>;
  /** For each node, its name and aliases normalized for search (normalizeSearchText). */
  searchKeys: string[][];
}

const cache = new WeakMap<ExplorerData, ExplorerIndex>();

/** The ExplorerIndex of `data`, computed on first use and kept as long as the data object lives. */
export function indexExplorerData(data: ExplorerData): ExplorerIndex {
  const cached = cache.get(data);
  if (cached) return cached;
  const incident: number[][] = data.nodes.map(() => []);
  data.edges.forEach(([, source, target], edge) => {
    incident[source]?.push(edge);
    if (target !== source) incident[target]?.push(edge);
  });
  const index: ExplorerIndex = {
    incident,
    degree: incident.map((edges) => edges.length),
    documentById: new Map(data.documents.map((document) => [document[0], document])),
    searchKeys: data.nodes.map(([, name, , , , , aliases]) =>
      [...new Set([name, ...aliases].map((key) => normalizeSearchText(data.strings[key] ?? '')))].filter(Boolean),
    ),
  };
  cache.set(data, index);
  return index;
}
