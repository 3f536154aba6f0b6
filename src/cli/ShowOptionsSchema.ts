import { z } from 'zod';

/** Options of `newsgraph show`: one graph.json, an entity to show, how many of each ranking, and JSON output. */
export const ShowOptionsSchema = z.object({
  inputs: z.array(z.string()).length(1, 'give one graph file, e.g. `newsgraph show out/graph.json`'),
  entity: z.string().trim().min(1, 'give a name or alias, e.g. --entity "Marco Rubio"').optional(),
  top: z
    .string()
    .regex(/^\d+$/, 'give a whole number of entities and edges per list, e.g. --top 10')
    .transform(Number)
    .refine((top) => top >= 1, 'give at least 1 entity per list')
    .default(10),
  json: z.boolean().default(false),
});

/** Validated `newsgraph show` options. */
export type ShowOptions = z.infer<typeof ShowOptionsSchema>;
