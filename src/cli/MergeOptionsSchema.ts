import { z } from 'zod';

/** Options of `newsgraph merge`: the `newsgraph extract` outputs to merge (`-` is standard input) and the output folder. */
export const MergeOptionsSchema = z.object({
  inputs: z.array(z.string()).min(1, 'give at least one file of `newsgraph extract` output, e.g. `newsgraph merge part-1.jsonl part-2.jsonl`'),
  out: z.string().trim().min(1, 'give the output folder, e.g. --out out').default('out'),
});

/** Validated `newsgraph merge` options. */
export type MergeOptions = z.infer<typeof MergeOptionsSchema>;
