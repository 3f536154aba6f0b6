/** Throughput of one way of loading: nodes per second over the node phases, relationships per second over the relations phase. */
export interface LoadRunResult {
  batchSize: number;
  concurrency: number;
  batches: number;
  /** Document and entity nodes created. */
  nodes: number;
  /** Relation relationships created (MENTIONED_IN links are counted apart, in `mentions`). */
  relationships: number;
  mentions: number;
  /** Documents + entities phases (the entities phase also writes MENTIONED_IN). */
  nodeSeconds: number;
  relationshipSeconds: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

/** What `neo4j-admin database import full` did with the CSVs `newsgraph export --format neo4j-admin` wrote. */
export interface AdminImportResult {
  /** Nodes and relationships (relations and MENTIONED_IN) the tool imported. */
  nodes: number;
  relationships: number;
  /** The import as the tool reports it, and the whole command with the JVM's start. */
  importSeconds: number;
  wallSeconds: number;
  /** Seconds to write the CSVs (newsgraph export's work). */
  exportSeconds: number;
  relationshipsPerSecond: number;
}

/** What the load bench measured: the batched load of the large graph beside one row per transaction on a smaller one. */
export interface LoadBenchResult {
  server: string;
  /** Relationships of the untimed warm-up load run first (0: the server was timed cold). */
  warmUpRelationships: number;
  /** The median round of the batched load, by relationships per second. */
  batched: LoadRunResult;
  /** Relationships per second of every batched round, in the order they ran. */
  batchedRounds: number[];
  oneRowPerTransaction: LoadRunResult;
  /** The offline bulk import of a larger graph, or why it was skipped (a server other than the local one). */
  adminImport: AdminImportResult | { skipped: string };
  /** Relationships per second the batched load must reach. */
  target: number;
  meetsTarget: boolean;
}
