import { z } from 'zod';
import { DateOptionSchema } from './DateOptionSchema';
import { WorkersOptionSchema } from './WorkersOptionSchema';

/** Options of `newsgraph build`: the inputs to read, the folder to write the graph files into, rules, a default date and the extraction threads. */
export const BuildOptionsSchema = z.object({
  inputs: z.array(z.string()).min(1, 'give at least one file or folder to read, e.g. `newsgraph build seeds`'),
  out: z.string().trim().min(1, 'give the output folder, e.g. --out out').default('out'),
  rules: z.string().trim().min(1, 'give a rule file, e.g. --rules rules.json').optional(),
  date: DateOptionSchema.optional(),
  workers: WorkersOptionSchema.optional(),
});

/** Validated `newsgraph build` options. */
export type BuildOptions = z.infer<typeof BuildOptionsSchema>;
