import type { Token } from '../text/Token';
import { BREAKING_PUNCTUATION, NON_ENTITY_HEADS, ORGANIZATION_HEADS, PLACE_HEADS, SPORTS } from './nameWords';

/**
 * Whether the capitalized words from `from` open or end in the head word of an organization, a place or an event
 * (`African Party for the Independence ...`, `Chinese Communist Party`, `Indian Ocean`, `Chinese New Year`), or in a
 * sport's name (`British Cycling`), so a demonym before them is the first word of its name.
 */
export function namesOrganization(tokens: readonly Token[], from: number): boolean {
  let last = from;
  // (A bracketed short form after the name is no part of it: `... Movement Party (PMDB)`.)
  while (tokens[last + 1]?.capitalized && !BREAKING_PUNCTUATION.test(tokens[last]?.post ?? '') && !/[[(]/.test(tokens[last + 1]?.pre ?? '')) last++;
  const end = tokens[last]?.key ?? '';
  return ORGANIZATION_HEADS.has(tokens[from]?.key ?? '') || ORGANIZATION_HEADS.has(end) || PLACE_HEADS.has(end) || NON_ENTITY_HEADS.has(end) || SPORTS.has(end);
}
