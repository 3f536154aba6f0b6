import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';

/** The mention opening right after an `of` that follows token `last` (`Sen. X of Ohio`: Ohio after X's last word). */
export function mentionAfterOf(s: AnalyzedSentence, last: number): ActorMention | undefined {
  const mention = s.tokens[last + 1]?.key === 'of' ? s.mentionAt[last + 2] : undefined;
  return mention?.first === last + 2 ? mention : undefined;
}
