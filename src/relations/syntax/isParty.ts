import { PARLIAMENT_SEATS, PARTY_STANDINGS } from '../../mentions/nameWords';
import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';

// Bodies that never put up members of a parliament: a seat's title after them is their staff's or the place's.
const NO_MEMBERS: ReadonlySet<string> = new Set(['company', 'media']);

/**
 * Whether a mention names a party: one known as a party, an American party's letter, or an organization named `... Party`
 * (`the Awami League party`), written after `the ruling` or `the opposition`, or named right before a seat in parliament
 * (`Congress MP X`).
 */
export function isParty(s: AnalyzedSentence, mention: ActorMention): boolean {
  if (mention.kind === 'party' || mention.kind === 'letter') return true;
  if (mention.type !== 'Organization') return false;
  // `the Nigerien Party for Democracy and Socialism`: `Party` heads the name before its `for` or `of`.
  const headed = s.tokens.slice(mention.first, mention.last + 1).some((token, k, all) => token.key === 'party' && ['for', 'of'].includes(all[k + 1]?.key ?? ''));
  // (`the opposition Pakatan Rakyat`, `the ruling Zanu-PF`: news names a party out of or in power so.)
  const placed = PARTY_STANDINGS.has(s.tokens[mention.first - 1]?.key ?? '') && !s.tokens[mention.first - 1]?.capitalized;
  const next = s.tokens[mention.last + 1]?.key ?? '';
  // (`a BJP MLA`: a body whose member sits in a parliament, the word right after its name, no comma between.)
  const seated = PARLIAMENT_SEATS.has(next) && !NO_MEMBERS.has(mention.kind) && /^\s+$/.test(s.tokens[mention.last]?.post ?? '');
  return headed || placed || seated || s.tokens[mention.last]?.key === 'party' || next === 'party';
}
