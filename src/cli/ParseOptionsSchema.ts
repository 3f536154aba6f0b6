import { z } from 'zod';

/** Options of `newsgraph parse`: the files or folders to read, and whether to print CoNLL-U. */
export const ParseOptionsSchema = z.object({
  inputs: z.array(z.string()).min(1, 'give files or folders to read'),
  conllu: z.boolean().optional(),
});

/** Validated `newsgraph parse` options. */
export type ParseOptions = z.infer<typeof ParseOptionsSchema>;
