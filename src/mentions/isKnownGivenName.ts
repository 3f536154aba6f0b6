import nlp from 'compromise';
import type { Token } from '../text/Token';

// compromise's lexicon, by word: the tag it knows the word by out of context.
const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
const GIVEN_NAME_TAGS: ReadonlySet<unknown> = new Set(['FirstName', 'MaleName', 'FemaleName']);

/**
 * Whether compromise's lexicon knows the word as a given name (`Marc`, `John`), whatever it tagged in the sentence: in
 * `Marc Lamont Hill` it tags every word a place, for the `Hill`.
 */
export function isKnownGivenName(token: Pick<Token, 'key'>): boolean {
  return GIVEN_NAME_TAGS.has(lexicon[token.key]);
}
