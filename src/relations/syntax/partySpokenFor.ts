import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';
import { isParty } from './isParty';

/** The party a sentence opens by speaking for (`For the Liberal Democrats, Treasury spokesman X said`), if any. */
export function partySpokenFor(s: AnalyzedSentence): ActorMention | undefined {
  if (s.tokens[0]?.key !== 'for') return undefined;
  const party = s.mentionAt[s.tokens[1]?.key === 'the' ? 2 : 1];
  return party && party.first <= 2 && /^,\s*$/.test(s.tokens[party.last]?.post ?? '') && isParty(s, party) ? party : undefined;
}
