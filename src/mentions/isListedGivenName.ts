import givenNames from '../knowledge/data/givenNames.json';
import type { Token } from '../text/Token';

// Popular given names of six languages that are no English word or known place (`Domenico`, `Franco`).
const GIVEN_NAMES: ReadonlySet<string> = new Set(givenNames.names);

/** Whether general knowledge's list of given names holds the word (`Domenico`), which compromise's lexicon may not. */
export function isListedGivenName(token: Pick<Token, 'key'>): boolean {
  return GIVEN_NAMES.has(token.key);
}
