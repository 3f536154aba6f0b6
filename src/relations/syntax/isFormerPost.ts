import type { AnalyzedSentence } from './AnalyzedSentence';
import { ARTICLES } from './syntaxWords';

/** Words that put the office after them in the past or the future: no one holds it now (`former`, `then`, `would-be`). */
export const NOT_HELD_NOW: ReadonlySet<string> = new Set([
  'former', 'ex', 'onetime', 'one-time', 'erstwhile', 'then', 'late', 'retired', 'future', 'incoming', 'would-be', 'prospective',
]);
// `President-elect X`, `Prime Minister-designate X`: chosen, not yet in office.
const NOT_YET_AFTER: ReadonlySet<string> = new Set(['elect', 'designate']);

/**
 * Whether the office whose title starts at token `first` (and ends at `last`) is one its holder has left or not yet
 * taken: `former cabinet minister X`, `Ex-Labour leader X`, `a former FIFA vice president`, `President-elect X`.
 */
export function isFormerPost(s: AnalyzedSentence, first: number, last: number = first): boolean {
  // Back through the title's own modifiers (`former Nigerian president`), never past a pause, an article or a verb.
  for (let at = first - 1; at >= 0 && at >= first - 4; at--) {
    const token = s.tokens[at];
    if (!token || /[,;:()"“”]/.test(token.post)) break;
    if (NOT_HELD_NOW.has(token.key)) return true;
    if (ARTICLES.has(token.key) || (token.tags.has('Verb') && !token.capitalized)) break;
  }
  return NOT_YET_AFTER.has(s.tokens[last + 1]?.key ?? '');
}
