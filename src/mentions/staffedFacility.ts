import type { Knowledge } from '../knowledge/Knowledge';
import type { Token } from '../text/Token';
import { JUDGING_VERBS, SPEECH_VERBS, VERB_ADVERBS } from './nameWords';

// Facilities news names as the institution working in them wherever it names them (`the Metropolitan Museum of Art`,
// `Royal Free Hospital`): a museum, gallery, theatre or hospital acts, says and owns as a body does.
const NAMED_INSTITUTIONS: ReadonlySet<string> = new Set(['hospital', 'infirmary', 'clinic', 'museum', 'planetarium', 'observatory', 'gallery', 'galleries', 'theatre', 'theater', 'zoo']);
// Facilities that are also the institutions working in them (`MizMedi Hospital`, `the Hayden Planetarium`), unlike a
// bridge, a square or a stadium, whose posts are the owner's; a centre only where the sentence shows it as a body, as
// it may be a building (`World Trade Center`, `Television Centre`).
const INSTITUTION_HEADS: ReadonlySet<string> = new Set([...NAMED_INSTITUTIONS, 'centre', 'center']);

// Nouns for the people a body, not a building, has (`the Carter Center's team of observers`).
const STAFF_NOUNS: ReadonlySet<string> = new Set(['team', 'mission', 'staff', 'board', 'trustees', 'researchers', 'scientists', 'doctors', 'curators', 'observers']);

// Verbs by which a body, never a building, acts as the subject of its clause (with speech and judging verbs).
const BODY_ACTS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS, ...JUDGING_VERBS, 'agreed', 'agrees', 'sued', 'sues', 'refused', 'refuses', 'denied', 'denies', 'decided', 'decides', 'apologised', 'apologized',
]);

/**
 * Whether the place-like name from `first` to `last` (an institution's facility: a hospital, a centre, a museum) is
 * named as a body that has staff: always a museum, gallery, theatre, hospital or clinic; a centre after a post and `of`
 * or `at` (`a researcher at the Vosk Centre`), owning one or a team (`the Vosk Centre's director`, `the Carter Center's
 * team`), or acting as a body does (`the Orla Centre has agreed`, `the Vosk Center said`). Such a name is the body's,
 * not the building's.
 */
export function staffedFacility(tokens: readonly Token[], first: number, last: number, knowledge: Knowledge): boolean {
  // (`Museum of Fine Arts`: the head stands before the name's `of`.)
  const connector = tokens.slice(first + 1, last).findIndex((token) => token.key === 'of' || token.key === 'for');
  const head = tokens[last];
  const noun = tokens[connector < 0 ? last : first + connector]?.key ?? '';
  if (!head || !INSTITUTION_HEADS.has(noun)) return false;
  if (NAMED_INSTITUTIONS.has(noun)) return true;
  // (A token's key has no possessive; role nouns hold the titles' heads.)
  const isPost = (token: Token | undefined) =>
    token !== undefined && !token.capitalized && (knowledge.roleNouns.has(token.key) || knowledge.titleHeads.has(token.key.replace(/s$/, '')) || STAFF_NOUNS.has(token.key));
  if (head.possessive) return isPost(tokens[last + 1]) || (!tokens[last + 1]?.capitalized && isPost(tokens[last + 2]));
  let verb = last + 1;
  while (VERB_ADVERBS.has(tokens[verb]?.key ?? '')) verb++;
  if (!/\S/.test(head.post) && BODY_ACTS.has(tokens[verb]?.key ?? '')) return true;
  const link = tokens[first - 1]?.key === 'the' ? first - 2 : first - 1;
  return ['of', 'at'].includes(tokens[link]?.key ?? '') && isPost(tokens[link - 1]);
}
