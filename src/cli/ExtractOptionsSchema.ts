import { z } from 'zod';
import { DateOptionSchema } from './DateOptionSchema';
import { WorkersOptionSchema } from './WorkersOptionSchema';

/** Options of `newsgraph extract`: files or folders to read, and/or one JSON Lines file or `-` (stdin) to stream. */
export const ExtractOptionsSchema = z
  .object({
    inputs: z.array(z.string()),
    jsonl: z.string().trim().min(1, 'give a JSON Lines file, or - for standard input').optional(),
    rules: z.string().trim().min(1, 'give a rule file, e.g. --rules rules.json').optional(),
    date: DateOptionSchema.optional(),
    workers: WorkersOptionSchema.optional(),
  })
  .refine((options) => options.inputs.length > 0 || options.jsonl !== undefined, {
    message: 'give files or folders to read, or --jsonl <file or ->',
    path: ['inputs'],
  });

/** Validated `newsgraph extract` options. */
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;
