import { z } from 'zod';

/** Options of `newsgraph unload`: the documents (`--doc`, repeatable) or `--all`, and the connection. */
export const UnloadOptionsSchema = z
  .object({
    inputs: z.array(z.string()).max(0, 'give document ids with --doc, e.g. --doc seeds/000.txt'),
    doc: z.array(z.string().trim().min(1, 'give a document id, e.g. --doc seeds/000.txt')).optional(),
    all: z.boolean().optional(),
    uri: z.string().optional(),
    username: z.string().optional(),
    password: z.string().optional(),
    database: z.string().optional(),
  })
  .superRefine((options, context) => {
    const docs = options.doc?.length ?? 0;
    if (docs === 0 && options.all !== true) {
      context.addIssue({ code: 'custom', path: ['doc'], message: 'give the documents to remove with --doc <id> (repeatable), or --all' });
    }
    if (docs > 0 && options.all === true) {
      context.addIssue({ code: 'custom', path: ['all'], message: 'give either --doc <id> or --all, not both' });
    }
  });

/** Validated `newsgraph unload` options. */
export type UnloadOptions = z.infer<typeof UnloadOptionsSchema>;
