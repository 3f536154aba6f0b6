import { z } from 'zod';
import { DateOptionSchema } from './DateOptionSchema';

/** Options of `newsgraph build`: the inputs to read, the folder to write the graph files into, rules and a default date. */
export const BuildOptionsSchema = z.object({
  inputs: z.array(z.string()).min(1, 'give at least one file or folder to read, e.g. `newsgraph build seeds`'),
  out: z.string().trim().min(1, 'give the output folder, e.g. --out out').default('out'),
  rules: z.string().trim().min(1, 'give a rule file, e.g. --rules rules.json').optional(),
  date: DateOptionSchema.optional(),
});

/** Validated `newsgraph build` options. */
export type BuildOptions = z.infer<typeof BuildOptionsSchema>;
