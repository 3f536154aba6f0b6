import { z } from 'zod';

/** Options of `newsgraph export`: one graph.json, the format and the output folder. */
export const ExportOptionsSchema = z.object({
  inputs: z.array(z.string()).length(1, 'give one graph.json, e.g. newsgraph export out/graph.json --format neo4j-admin --out import'),
  format: z.enum(['neo4j-admin'], { message: 'give --format neo4j-admin (the only export format besides those build writes)' }),
  out: z.string().trim().min(1, 'give the output folder, e.g. --out import'),
});

/** Validated `newsgraph export` options. */
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;
