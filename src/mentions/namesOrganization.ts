import type { Token } from '../text/Token';
import { capitalizedRunEnd } from './capitalizedRunEnd';
import { isEnglishWord } from './isEnglishWord';
import { BREAKING_PUNCTUATION, NON_ENTITY_HEADS, ORGANIZATION_HEADS, PLACE_HEADS, SPORTS } from './nameWords';

/**
 * Whether the capitalized words from `from` open or end in the head word of an organization, a place or an event
 * (`African Party for the Independence ...`, `Chinese Communist Party`, `Indian Ocean`, `Chinese New Year`), or in a
 * sport's name (`British Cycling`), or are words of the dictionary joined by `and` to words that end in a body's head
 * word (`British Beer and Pub Association`), so a demonym before them is the first word of its name.
 */
export function namesOrganization(tokens: readonly Token[], from: number): boolean {
  const last = capitalizedRunEnd(tokens, from);
  const joined = tokens[last + 1]?.key === 'and' && tokens[last + 2]?.capitalized === true && !BREAKING_PUNCTUATION.test(tokens[last]?.post ?? '')
    && tokens.slice(from, last + 1).every((token) => isEnglishWord(token) && !token.possessive)
    && ORGANIZATION_HEADS.has(tokens[capitalizedRunEnd(tokens, last + 2)]?.key ?? '');
  const end = tokens[last]?.key ?? '';
  return joined || ORGANIZATION_HEADS.has(tokens[from]?.key ?? '') || ORGANIZATION_HEADS.has(end) || PLACE_HEADS.has(end) || NON_ENTITY_HEADS.has(end) || SPORTS.has(end);
}
