/** Time, throughput and sampled peak resident memory of one phase of the build bench. */
type Phase = { seconds: number; wordsPerSecond: number; peakRssBytes: number };

/** What `benchBuild` measured; newsgraph phases come from its median round, compromise from its own median round. */
export interface BuildBenchResult {
  documents: number;
  words: number;
  rounds: number;
  warmupDocuments: number;
  phases: {
    /** Bare compromise: `nlp(text)` per document, which parses and tags (extractDocument reads the same result). */
    compromise: Phase;
    extract: Phase;
    resolve: Phase;
    graph: Phase;
    /** layoutGraph: ForceAtlas2 and Noverlap positions for every node. */
    layout: Phase;
    /** extract + resolve + graph + layout: the newsgraph build pipeline the ratio compares with compromise. */
    build: Phase;
    /** graph.json, GraphML, GEXF and the explorer page (without its script bundle) written to strings (not files). */
    exports: Phase;
    buildWithExports: Phase;
  };
  /** newsgraph build words per second / bare compromise words per second (target: at least 0.6). */
  ratio: number;
  /** The ratio of each round (its newsgraph run against its compromise run): their spread shows the noise. */
  roundRatios: number[];
  ratioWithExports: number;
  /** The same build with extraction on worker threads (the corpus step stays on the main thread), median round. */
  workers: {
    /** Worker threads. */
    count: number;
    /** Starting the workers and their warm-up on the warm-up documents, before any round. */
    startSeconds: number;
    phases: { extract: Phase; resolve: Phase; graph: Phase; layout: Phase; build: Phase };
    /** One-thread build seconds / build seconds with the workers (target: at least 1.6 with 2 workers). */
    speedup: number;
    /** The speedup of each round: their spread shows the noise. */
    roundSpeedups: number[];
    /** The same for extraction alone, which the workers share (the corpus step bounds the build's speedup). */
    extractSpeedup: number;
    /** Whether the build with workers gave the same graph.json as the one-thread build. */
    identical: boolean;
  };
  /** What the build produced, to tell a real run from an empty extractor. */
  output: { entities: number; mentions: number; relations: number; nodes: number; edges: number };
  /** The process's peak resident memory so far, worker threads included (`process.resourceUsage().maxRSS`). */
  maxRssBytes: number;
}
