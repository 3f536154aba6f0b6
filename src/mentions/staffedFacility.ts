import type { Knowledge } from '../knowledge/Knowledge';
import type { Token } from '../text/Token';

// Facilities that are also the institutions working in them (`MizMedi Hospital`, `the Hayden Planetarium`), unlike a
// bridge, a square or a stadium, whose posts are the owner's.
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['hospital', 'centre', 'center', 'museum', 'planetarium', 'observatory', 'gallery', 'galleries', 'theatre', 'theater', 'zoo']);

/**
 * Whether the place-like name from `first` to `last` (an institution's facility: a hospital, a centre, a museum) is
 * named as a body that has staff: after a post and `of` or `at` (`the chairman of MizMedi Hospital`, `a surgeon at
 * Vosk Hospital`), or owning one (`the Vosk Centre's director`). Such a name is the body's, not the building's.
 */
export function staffedFacility(tokens: readonly Token[], first: number, last: number, knowledge: Knowledge): boolean {
  const head = tokens[last];
  if (!head || !INSTITUTION_HEADS.has(head.key)) return false;
  // (A token's key has no possessive; role nouns hold the titles' heads.)
  const isPost = (token: Token | undefined) =>
    token !== undefined && !token.capitalized && (knowledge.roleNouns.has(token.key) || knowledge.titleHeads.has(token.key.replace(/s$/, '')));
  if (head.possessive) return isPost(tokens[last + 1]) || (!tokens[last + 1]?.capitalized && isPost(tokens[last + 2]));
  const link = tokens[first - 1]?.key === 'the' ? first - 2 : first - 1;
  return ['of', 'at'].includes(tokens[link]?.key ?? '') && isPost(tokens[link - 1]);
}
