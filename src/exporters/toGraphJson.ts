import type { NewsGraph } from '../graph/NewsGraph';

/** Writes `graph.json`: graphology's own serialization (`graph.export()`), which `graph.import()` reads back as is. */
export function toGraphJson(graph: NewsGraph): string {
  return JSON.stringify(graph.export(), null, 2);
}
