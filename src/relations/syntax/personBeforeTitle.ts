import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';
import { ARTICLES } from './syntaxWords';

/**
 * The person a title phrase starting at `start` is apposed to: a name, a comma, then (an article and) the phrase (`Marco
 * Rubio, the US secretary of state`), or another office and `and` before it (`X, the deputy prime minister and Vosk
 * Party leader`, `X, Malta's First Minister and Vosk Party leader`).
 */
export function personBeforeTitle(s: AnalyzedSentence, start: number): ActorMention | undefined {
  let at = start - 1;
  // (Not `X, the chairman, and Vosk Party leader Y`: a comma ends the first office's apposition.)
  const office = s.tokens[at]?.key === 'and' ? s.titles.find((title) => title.last === at - 1 && !/\S/.test(s.tokens[title.last]?.post ?? '')) : undefined;
  if (office) {
    const holder = s.mentionAt[office.first - 1];
    return holder && holder.type !== 'Person' && holder.last === office.first - 1 && !/\S/.test(s.tokens[holder.last]?.post ?? '')
      ? personBeforeTitle(s, holder.first)
      : personBeforeTitle(s, office.first);
  }
  if (ARTICLES.has(s.tokens[at]?.key ?? '')) at--;
  const person = s.mentionAt[at];
  return person?.type === 'Person' && person.last === at && /,/.test(s.tokens[at]?.post ?? '') ? person : undefined;
}
