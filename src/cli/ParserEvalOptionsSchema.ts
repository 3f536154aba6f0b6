import { z } from 'zod';

/** Options of `npm run parser:eval`: the gold CoNLL-U files to parse and, optionally, another model file. */
export const ParserEvalOptionsSchema = z.object({
  inputs: z.array(z.string()).min(1, 'give the gold .conllu files to parse'),
  model: z.string().trim().min(1).optional(),
});

/** Validated `npm run parser:eval` options. */
export type ParserEvalOptions = z.infer<typeof ParserEvalOptionsSchema>;
