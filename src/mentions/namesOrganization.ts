import type { Token } from '../text/Token';
import { capitalizedRunEnd } from './capitalizedRunEnd';
import { NON_ENTITY_HEADS, ORGANIZATION_HEADS, PLACE_HEADS, SPORTS } from './nameWords';

/**
 * Whether the capitalized words from `from` open or end in the head word of an organization, a place or an event
 * (`African Party for the Independence ...`, `Chinese Communist Party`, `Indian Ocean`, `Chinese New Year`), or in a
 * sport's name (`British Cycling`), so a demonym before them is the first word of its name.
 */
export function namesOrganization(tokens: readonly Token[], from: number): boolean {
  const end = tokens[capitalizedRunEnd(tokens, from)]?.key ?? '';
  return ORGANIZATION_HEADS.has(tokens[from]?.key ?? '') || ORGANIZATION_HEADS.has(end) || PLACE_HEADS.has(end) || NON_ENTITY_HEADS.has(end) || SPORTS.has(end);
}
