import { z } from 'zod';

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Settings of the Neo4j load bench, from `BENCH_LOAD_*` environment variables. */
export const LoadBenchOptionsSchema = z.object({
  /** BENCH_LOAD_RELATIONSHIPS: relation edges of the generated graph loaded in batches (at least 100,000 by default). */
  relationships: count(100_000),
  /** BENCH_LOAD_ENTITIES: entities of that graph. */
  entities: count(20_000),
  /** BENCH_LOAD_DOCUMENTS: articles of that graph. */
  documents: count(2_000),
  /** BENCH_LOAD_BATCH_SIZE: rows per transaction of the batched load (`newsgraph load --batch-size`). */
  batchSize: count(5000),
  /** BENCH_LOAD_CONCURRENCY: transactions at once in the batched load (`newsgraph load --concurrency`). */
  concurrency: count(2),
  /**
   * BENCH_LOAD_WARMUP_RELATIONSHIPS: relation edges of a graph loaded and removed before anything is timed, so the
   * server's JIT and query plans are warm (default: a fifth of BENCH_LOAD_RELATIONSHIPS; 0 times a cold server).
   */
  warmUpRelationships: z.coerce.number().int().nonnegative().optional(),
  /**
   * BENCH_LOAD_ROUNDS: timed batched loads of the large graph, each into a database without it; the median round is
   * reported, every round is printed.
   */
  rounds: count(3),
  /** BENCH_LOAD_BASELINE_RELATIONSHIPS: relation edges of the smaller graph loaded one row per transaction. */
  baselineRelationships: count(500),
  /**
   * BENCH_LOAD_ADMIN_RELATIONSHIPS: relation edges of the graph exported as CSV and imported with neo4j-admin into a
   * scratch database of the local server (0 skips it); larger than the online graph, since the tool's fixed costs
   * would otherwise dominate.
   */
  adminRelationships: z.coerce.number().int().nonnegative().default(500_000),
  /** BENCH_SEED: seed of the graph generator. */
  seed: z.coerce.number().int().nonnegative().default(1),
});

/** Validated load bench settings. */
export type LoadBenchOptions = z.infer<typeof LoadBenchOptionsSchema>;
