/** What the explorer bench measured on a generated graph: layout, packing, page size and time to a drawn page. */
export interface ExplorerBenchResult {
  nodes: number;
  edges: number;
  evidence: number;
  /** layoutGraph (ForceAtlas2 + Noverlap), in seconds of wall time. */
  layoutSeconds: number;
  /** Packing the graph and writing the page to a string. */
  pageSeconds: number;
  pageBytes: number;
  /** graph.json of the same graph, for comparison. */
  graphJsonBytes: number;
  /** From navigation to `body[data-ready]` in headless Chromium; null when Chromium is absent. */
  readySeconds: number | null;
  /** Seconds the page must be ready within. */
  readyTarget: number;
  /** Why the browser part did not run, when it did not. */
  skipped?: string;
}
