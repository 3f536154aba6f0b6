import { z } from 'zod';

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Settings of `npm run bench`, read from `BENCH_*` environment variables and `--neo4j`. */
export const BenchOptionsSchema = z.object({
  /** BENCH_DOCUMENTS: documents in the generated corpus. */
  documents: count(200),
  /** BENCH_WORDS_PER_DOCUMENT: each generated document grows to at least this many words. */
  wordsPerDocument: count(500),
  /** BENCH_SEED: seed of the corpus generator. */
  seed: z.coerce.number().int().nonnegative().default(1),
  /** BENCH_ROUNDS: measured rounds after the warm-up; the median round is reported. */
  rounds: count(3),
  /** BENCH_WARMUP_DOCUMENTS: documents run through both pipelines before measuring. */
  warmupDocuments: count(50),
  /** BENCH_INVENTED: the share (0 to 1) of the corpus's sentences invented with their own people, countries and bodies. */
  invented: z.coerce.number().min(0).max(1).default(0.5),
  /** BENCH_WORKERS: extraction threads of the build measured beside the one-thread build. */
  workers: count(2),
  /** BENCH_SEEDS_DIR: folder of the articles the corpus recombines. */
  seedsDir: z.string().min(1),
  /** BENCH_EXPLORER_NODES: entities of the generated graph the explorer bench lays out and opens (0 skips it). */
  explorerNodes: z.coerce.number().int().nonnegative().default(10_000),
  /** `--neo4j` or NEO4J_URI: also run the Neo4j load bench. */
  neo4j: z.boolean(),
});

/** Validated bench settings. */
export type BenchOptions = z.infer<typeof BenchOptionsSchema>;
