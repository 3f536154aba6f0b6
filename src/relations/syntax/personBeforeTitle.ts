import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';
import { ARTICLES } from './syntaxWords';

/** The person a title phrase starting at `start` is apposed to: a name, a comma, then (an article and) the phrase (`Marco Rubio, the US secretary of state`). */
export function personBeforeTitle(s: AnalyzedSentence, start: number): ActorMention | undefined {
  let at = start - 1;
  if (ARTICLES.has(s.tokens[at]?.key ?? '')) at--;
  const person = s.mentionAt[at];
  return person?.type === 'Person' && person.last === at && /,/.test(s.tokens[at]?.post ?? '') ? person : undefined;
}
