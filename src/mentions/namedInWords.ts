import type { Token } from '../text/Token';
import { capitalizedRunEnd } from './capitalizedRunEnd';
import { isEnglishWord } from './isEnglishWord';
import { isKnownGivenName } from './isKnownGivenName';

/**
 * The last of the capitalized words from `from` when they are two or more common English words, none a given name
 * (`Retail Consortium`, `Phonographic Industry`): a body's name written in ordinary words, which a demonym before them
 * opens (`British Retail Consortium`), where a person's name after a demonym has names in it (`the Kenyan Eliud
 * Kipchoge`). Undefined otherwise.
 */
export function namedInWords(tokens: readonly Token[], from: number): number | undefined {
  const last = capitalizedRunEnd(tokens, from);
  const run = tokens.slice(from, last + 1);
  return run.length >= 2 && run.every((token) => isEnglishWord(token) && !isKnownGivenName(token) && !token.possessive) ? last : undefined;
}
