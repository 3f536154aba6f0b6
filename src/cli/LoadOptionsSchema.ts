import { z } from 'zod';

/** Options of `newsgraph load`: a graph.json (`--from`) or articles to build one from, the connection, batching. */
export const LoadOptionsSchema = z
  .object({
    inputs: z.array(z.string()),
    from: z.string().trim().min(1, 'give the graph file, e.g. --from out/graph.json').optional(),
    uri: z.string().optional(),
    username: z.string().optional(),
    password: z.string().optional(),
    database: z.string().optional(),
    'batch-size': z
      .string()
      .regex(/^\d+$/, 'give a whole number of rows per transaction, e.g. --batch-size 1000')
      .transform(Number)
      .refine((size) => size >= 1 && size <= 100_000, 'give between 1 and 100000 rows per transaction')
      // The load bench's setting (`npm run bench -- --neo4j`): fast on a 2-core machine, a few MB per transaction.
      .default(5000),
    concurrency: z
      .string()
      .regex(/^\d+$/, 'give a whole number of transactions at once, e.g. --concurrency 2')
      .transform(Number)
      .refine((count) => count >= 1 && count <= 8, 'give between 1 and 8 transactions at once')
      // Any setting gives the same database: batches of one phase write disjoint nodes and relationships (planLoad).
      .default(2),
  })
  .superRefine((options, context) => {
    if (options.from === undefined && options.inputs.length === 0) {
      context.addIssue({ code: 'custom', path: ['inputs'], message: 'give --from out/graph.json, or article files or folders to load' });
    }
    if (options.from !== undefined && options.inputs.length > 0) {
      context.addIssue({ code: 'custom', path: ['inputs'], message: 'give either --from <graph.json> or articles, not both' });
    }
  });

/** Validated `newsgraph load` options (the connection is resolved against the environment afterwards). */
export type LoadOptions = z.infer<typeof LoadOptionsSchema>;
