import { z } from 'zod';

/** Options of `newsgraph explore`: one graph.json and, optionally, where to write the page. */
export const ExploreOptionsSchema = z.object({
  inputs: z
    .array(z.string())
    .length(1, 'give one graph file, e.g. `newsgraph explore out/graph.json`'),
  out: z.string().trim().min(1, 'give the page to write, e.g. --out graph.html').optional(),
});

/** Validated `newsgraph explore` options. */
export type ExploreOptions = z.infer<typeof ExploreOptionsSchema>;
