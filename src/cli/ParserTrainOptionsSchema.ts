import { z } from 'zod';

const count = (what: string, max: number) =>
  z.coerce.number().int(`${what} takes a whole number`).min(1, `${what} takes a number from 1`).max(max, `${what} takes at most ${max}`);

/** Options of `npm run parser:train`: where the UD treebanks are, where the model goes, and how long to train. */
export const ParserTrainOptionsSchema = z.object({
  inputs: z.array(z.string()).max(0, 'parser:train takes no files; give the treebank folder with --data'),
  data: z.string().trim().min(1).optional(),
  out: z.string().trim().min(1).optional(),
  epochs: count('--epochs', 100).optional(),
  'tagger-epochs': count('--tagger-epochs', 100).optional(),
  folds: count('--folds', 20).optional(),
  runs: count('--runs', 10).optional(),
});

/** Validated `npm run parser:train` options. */
export type ParserTrainOptions = z.infer<typeof ParserTrainOptionsSchema>;
