import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';
import { ARTICLES } from './syntaxWords';

/**
 * The person named right after the title phrase running from `start` to `end` (`Home Secretary Jo Bell`; honorifics
 * may stand between), or after a comma closing it (`Spain's foreign minister, Lucia Marin,`). `titleEnds` says the
 * phrase ends with the title itself, so a name may follow it with no comma.
 */
export function personAfterTitle(s: AnalyzedSentence, start: number, end: number, titleEnds: boolean): ActorMention | undefined {
  let at = end + 1;
  const comma = /,/.test(s.tokens[end]?.post ?? '');
  if (!comma && !titleEnds) return undefined;
  while (at <= end + 2 && s.tokens[at]?.capitalized && !s.mentionAt[at] && !/,/.test(s.tokens[at]?.post ?? '')) at++;
  const person = s.mentionAt[at];
  if (person?.type !== 'Person' || person.first !== at) return undefined;
  // After a comma the name closes the apposition (`..., Harriet Collins,` or the sentence's end); a name that goes on
  // into a verb is apposed only to a title phrase opening its clause (`Russia's foreign minister, X said`). Behind a
  // preposition or a verb (`his second term as US President, X has said`) the title belongs to the clause before,
  // and the name is the subject of the next one.
  const closes = /[,.;:]/.test(s.tokens[person.last]?.post ?? '') || s.tokens[person.last + 1] === undefined;
  return !comma || closes || opensClause(s, start) ? person : undefined;
}

// Whether the phrase at `start` opens the sentence or a clause: nothing but an article stands between it and the
// sentence's start, a comma, a colon or a coordinating conjunction. A comma right after a person's name opens an
// apposition to that name, not a clause (`a letter to Dr Brian Mawhinney, the party chairman, Mr Howarth said`).
function opensClause(s: AnalyzedSentence, start: number): boolean {
  let at = start - 1;
  if (ARTICLES.has(s.tokens[at]?.key ?? '')) at--;
  const before = s.tokens[at];
  const named = s.mentionAt[at];
  const apposed = named?.type === 'Person' && named.last === at && /,/.test(before?.post ?? '');
  return before === undefined || (/[,;:]/.test(before.post) && !apposed) || before.key === 'and' || before.key === 'but';
}
