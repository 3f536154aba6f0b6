import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import { type LoadProgress, type LoadSummary, loadBatches } from './loadBatches';
import type { CypherRunner } from './Neo4jClient';
import type { LoadStatements } from './parseCypherFile';
import { planLoad } from './planLoad';
import { prepareDatabase } from './prepareDatabase';

/** How to load: rows per transaction, transactions at once, the URI (for messages) and a progress callback. */
export interface LoadGraphOptions {
  batchSize: number;
  /** Transactions running at once within a phase (default 1); the driver retries one that meets a deadlock. */
  concurrency?: number;
  uri: string;
  onProgress?: (progress: LoadProgress) => void;
}

/**
 * Loads a graph (validated with `parseSerializedGraph`) idempotently: plans the batches first, so a graph that
 * contradicts itself fails before any query, then checks the server, applies the schema, and merges documents,
 * entities and relations in batched transactions. Returns the server version and what was created vs matched.
 */
export async function loadGraph(
  runner: CypherRunner,
  graph: SerializedGraph,
  statements: LoadStatements,
  options: LoadGraphOptions,
): Promise<{ version: string; summary: LoadSummary }> {
  const batches = planLoad(graph, statements.load, options.batchSize);
  const version = await prepareDatabase(runner, statements, options.uri);
  const write = (cypher: string, parameters: Record<string, unknown>) => runner.write(cypher, parameters);
  const summary = await loadBatches(batches, write, options.onProgress, options.concurrency);
  return { version, summary };
}
