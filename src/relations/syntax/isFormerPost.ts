import { RELATIVE_PRONOUNS } from '../../mentions/nameWords';
import type { AnalyzedSentence } from './AnalyzedSentence';
import { ARTICLES, BE_FORMS } from './syntaxWords';

/** Words that put the office after them in the past or the future: no one holds it now (`former`, `then`, `would-be`). */
export const NOT_HELD_NOW: ReadonlySet<string> = new Set([
  'former', 'ex', 'onetime', 'one-time', 'erstwhile', 'late', 'retired', 'future', 'incoming', 'would-be', 'prospective',
]);
// `ousted President X`, `the deposed king`: participles of removal from office, as words before the title (not as a
// clause's verb: `parliament toppled Prime Minister X's government`, `soldiers have overthrown President X`).
const REMOVED: ReadonlySet<string> = new Set(['ousted', 'deposed', 'toppled', 'overthrown']);
const PAST_SERVICE: ReadonlySet<string> = new Set(['served', 'worked']);
const PERFECT: ReadonlySet<string> = new Set(['has', 'have', "'s", 'had']);
const AUXILIARIES: ReadonlySet<string> = new Set([...PERFECT, ...BE_FORMS]);
// `President-elect X`, `Prime Minister-designate X`: chosen, not yet in office.
const NOT_YET_AFTER: ReadonlySet<string> = new Set(['elect', 'designate']);

/**
 * Whether the office whose title starts at token `first` (and ends at `last`) is one its holder has left or not yet
 * taken: `former cabinet minister X`, `Ex-Labour leader X`, `a former FIFA vice president`, `President-elect X`,
 * `X, who served as foreign secretary`, `X, defence minister at the time`.
 */
export function isFormerPost(s: AnalyzedSentence, first: number, last: number = first): boolean {
  // The title's own words (`former` may open its span) ...
  for (let at = first; at <= last; at++) if (pastWord(s, at)) return true;
  // ... and back through the modifiers before it (`former Nigerian president`), never past a pause, an article or a verb.
  for (let at = first - 1; at >= 0 && at >= first - 4; at--) {
    const token = s.tokens[at];
    // (Nor past a relative pronoun: `X, the former president who now chairs Y` states an office of its clause's time.)
    if (!token || /[,;:()"“”]/.test(token.post) || RELATIVE_PRONOUNS.has(token.key)) break;
    if (pastWord(s, at)) return true;
    if (ARTICLES.has(token.key) || (token.tags.has('Verb') && !token.capitalized)) break;
  }
  // `the then resources minister`: `the then` before the portfolio, whatever compromise makes of its words.
  for (let at = first - 1; at >= 1 && at >= first - 4 && !/[,;:()"“”]/.test(s.tokens[at]?.post ?? ''); at--) {
    if (s.tokens[at]?.key === 'then' && s.tokens[at - 1]?.key === 'the') return true;
  }
  // `who served as levelling up secretary`: an office served in the past (not `has served as`).
  const served = s.tokens[first - 1]?.key === 'as' && PAST_SERVICE.has(s.tokens[first - 2]?.key ?? '') && !PERFECT.has(s.tokens[first - 3]?.key ?? '');
  // `X, defence minister at the time of the massacre`: an office held when something past happened.
  const atTheTime = ['at', 'the', 'time'].every((word, k) => s.tokens[last + 1 + k]?.key === word);
  return served || atTheTime || NOT_YET_AFTER.has(s.tokens[last + 1]?.key ?? '');
}

// `then-President X`, `the then prime minister`: `then` makes a title past only so (not `Then shadow chancellor X
// said`).
function pastWord(s: AnalyzedSentence, at: number): boolean {
  const token = s.tokens[at];
  if (!token) return false;
  return NOT_HELD_NOW.has(token.key) || (token.key === 'then' && (token.post === '-' || s.tokens[at - 1]?.key === 'the')) || (REMOVED.has(token.key) && qualifiesTitle(s, at));
}

// Whether the word at `at` qualifies what follows it rather than being its clause's verb: it opens the sentence, or
// comes after an article, a possessive or a verb of its own (`convicted ousted President X`), not after a subject or
// an auxiliary.
function qualifiesTitle(s: AnalyzedSentence, at: number): boolean {
  const before = s.tokens[at - 1];
  if (!before || ARTICLES.has(before.key) || before.possessive) return true;
  return before.tags.has('Verb') && !AUXILIARIES.has(before.key) && !/[,;:]/.test(before.post);
}
