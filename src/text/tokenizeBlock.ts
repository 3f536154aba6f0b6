import nlp from 'compromise';
import { NewsgraphError } from '../errors/NewsgraphError';
import { CompromiseDocumentSchema } from './CompromiseTermSchema';
import { normalizeKey } from './normalizeKey';
import type { Sentence } from './Sentence';
import type { TextBlock } from './TextBlock';
import type { Token } from './Token';

const POSSESSIVE = /(?:['’]s|s['’])$/;
const CAPITALIZED = /^(?:\p{Lu}|\d+\p{Lu})/u;

/** Splits a block into sentences of tagged tokens with compromise, computing each token's offsets in the block. */
export function tokenizeBlock(block: TextBlock): Sentence[] {
  const parsed = CompromiseDocumentSchema.safeParse(nlp(block.text).document);
  if (!parsed.success) {
    throw new NewsgraphError('NG_NLP_OUTPUT', `compromise returned terms of an unexpected shape (${parsed.error.issues[0]?.message}); install the compromise version package.json pins (npm ci).`);
  }
  const sentences: Sentence[] = [];
  let position = 0;
  for (const terms of parsed.data) {
    const tokens: Token[] = [];
    let sentenceStart = -1;
    for (const term of terms) {
      position += term.pre.length;
      const start = position;
      position += term.text.length;
      // compromise adds empty terms for expanded contractions; they name nothing at an offset.
      if (term.text.length > 0) {
        if (sentenceStart < 0) sentenceStart = start;
        tokens.push({
          text: term.text,
          key: normalizeKey(term.text),
          tags: term.tags as ReadonlySet<string>,
          start,
          end: position,
          pre: term.pre,
          post: term.post,
          possessive: POSSESSIVE.test(term.text) || term.tags.has('Possessive') && /['’]/.test(term.text),
          capitalized: CAPITALIZED.test(term.text),
        });
      }
      position += term.post.length;
    }
    const last = tokens[tokens.length - 1];
    if (last) sentences.push({ block, start: sentenceStart, end: last.end + trailingPunctuation(last.post), tokens });
  }
  if (position !== block.text.length) {
    throw new NewsgraphError('NG_NLP_OFFSETS', `compromise did not give back the text it was given (${position} of ${block.text.length} characters); install the compromise version package.json pins (npm ci).`);
  }
  return sentences;
}

function trailingPunctuation(post: string): number {
  return /^[.!?…"”'’)\]]*/.exec(post)?.[0].length ?? 0;
}
