import nlp from 'compromise';
import { z } from 'zod';
import { NewsgraphError } from '../errors/NewsgraphError';

const CompromiseModelSchema = z.object({ one: z.object({ lexicon: z.record(z.string(), z.unknown()) }) });

let lexicon: ReadonlyMap<string, string> | undefined;

/**
 * compromise's lexicon of single English words and their tag (`walked` -> PastTense, `Paris` -> City), about 25,000
 * words: outside knowledge of words the treebanks never show. Built once.
 */
export function compromiseLexicon(): ReadonlyMap<string, string> {
  if (!lexicon) {
    const parsed = CompromiseModelSchema.safeParse(nlp.model());
    if (!parsed.success) {
      throw new NewsgraphError('NG_NLP_OUTPUT', `compromise's model has no lexicon of the expected shape; install the compromise version package.json pins (npm ci).`);
    }
    const entries = Object.entries(parsed.data.one.lexicon);
    lexicon = new Map(entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !entry[0].includes(' ')));
  }
  return lexicon;
}
