import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import { type LoadProgress, type LoadSummary, loadBatches } from './loadBatches';
import type { CypherRunner } from './Neo4jClient';
import { findStatement, type LoadStatements } from './parseCypherFile';
import { type LoadBatch, planLoad } from './planLoad';
import { prepareDatabase } from './prepareDatabase';
import { removeContent } from './unloadDocuments';

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
 * contradicts itself fails before any query, then checks the server, applies the schema, removes what an earlier
 * load stored for each document whose content hash has changed, and merges documents (with their new hashes),
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
  // Before the documents phase stores the new hashes: a load interrupted here finds the old ones and replaces again.
  const replaced = await changedDocuments(runner, statements, batches);
  await removeContent(runner, statements.unload, replaced);
  const write = (cypher: string, parameters: Record<string, unknown>) => runner.write(cypher, parameters);
  const summary = await loadBatches(batches, write, options.onProgress, options.concurrency);
  return { version, summary: { ...summary, replaced: replaced.length } };
}

// The documents already loaded with another content hash (or none, from a newsgraph before hashes).
async function changedDocuments(runner: CypherRunner, statements: LoadStatements, batches: readonly LoadBatch[]): Promise<string[]> {
  const hashes = new Map(batches.flatMap((batch) => (batch.phase === 'documents' ? batch.rows.map((row) => [row.id, row.hash] as const) : [])));
  if (hashes.size === 0) return [];
  const stored = await runner.read(findStatement(statements.unload, 'storedHashes', 'cypher/unload.cypher').text, { ids: [...hashes.keys()] });
  return stored.filter((row) => row.hash !== hashes.get(String(row.id))).map((row) => String(row.id)).sort();
}
