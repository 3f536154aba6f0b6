import type { Token } from '../text/Token';
import { lexiconTags } from './lexiconTags';

const GIVEN_NAME_TAGS: ReadonlySet<unknown> = new Set(['FirstName', 'MaleName', 'FemaleName']);

/**
 * Whether compromise's lexicon knows the word as a given name (`Marc`, `John`), whatever it tagged in the sentence: in
 * `Marc Lamont Hill` it tags every word a place, for the `Hill`.
 */
export function isKnownGivenName(token: Pick<Token, 'key'>): boolean {
  return GIVEN_NAME_TAGS.has(lexiconTags(token.key));
}
