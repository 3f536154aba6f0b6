import { PARTY_STANDINGS } from '../../mentions/nameWords';
import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';

/** Whether a mention names a party: one known as a party, an American party's letter, or an organization named `... Party` (`the Awami League party`) or written after `the ruling` or `the opposition`. */
export function isParty(s: AnalyzedSentence, mention: ActorMention): boolean {
  // `the Nigerien Party for Democracy and Socialism`: `Party` heads the name before its `for` or `of`.
  const headed = s.tokens.slice(mention.first, mention.last + 1).some((token, k, all) => token.key === 'party' && ['for', 'of'].includes(all[k + 1]?.key ?? ''));
  // (`the opposition Pakatan Rakyat`, `the ruling Zanu-PF`: news names a party out of or in power so.)
  const placed = PARTY_STANDINGS.has(s.tokens[mention.first - 1]?.key ?? '') && !s.tokens[mention.first - 1]?.capitalized;
  return mention.kind === 'party' || mention.kind === 'letter' || (mention.type === 'Organization' && (headed || placed || s.tokens[mention.last]?.key === 'party' || s.tokens[mention.last + 1]?.key === 'party'));
}
