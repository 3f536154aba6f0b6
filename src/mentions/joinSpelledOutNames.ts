import type { Token } from '../text/Token';
import { bracketedAt } from './bracketedAt';
import { candidateAt } from './candidateAt';
import { isInitialism } from './isInitialism';
import type { MentionCandidate } from './MentionCandidate';

// Lower-case words a spelled-out name may hold (`Party of the Democratic Revolution`).
const LINKS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in']);
// Most words a spelled-out name may have.
const MAX_WORDS = 10;

/**
 * `the All India Anna Dravida Munnetra Kazhagam (AIADMK)`: capitalized words whose initials spell the bracketed acronym
 * right after them are one organization's name, however the words were read alone (`All India` as a body and `Anna
 * ...` as a person); the acronym names it too, as it does a body or place read as one name (`Joint Chiefs of Staff (JCS)`).
 */
export function joinSpelledOutNames(candidates: readonly MentionCandidate[], tokens: readonly Token[]): MentionCandidate[] {
  let out = [...candidates];
  for (let at = 1; at < tokens.length; at++) {
    const acronym = tokens[at] as Token;
    if (!/^\p{Lu}{3,}$/u.test(acronym.text) || !bracketedAt(tokens, at)) continue;
    const first = spelledFrom(tokens, at, acronym.key);
    if (first === undefined) continue;
    // Words read as one name of a body or place keep that reading (`Joint Chiefs of Staff (JCS)`, `Kennedy Space Center
    // (KSC)`, a venue); words read as more than one name, or as a person's, are one body's.
    const within = out.filter((candidate) => candidate.first >= first && candidate.last < at);
    const [whole] = within.length === 1 && within[0]?.first === first && within[0].last === at - 1 && within[0].type !== 'Person' ? within : [];
    const name = whole ?? candidateAt(tokens, first, at - 1, 'Organization');
    const rest = out.filter((candidate) => candidate !== whole && (candidate.last < first || candidate.first > at));
    out = [...rest, name, { ...candidateAt(tokens, at, at, name.type, name.known), sameAs: name }].sort((a, b) => a.first - b.first);
  }
  return out;
}

// The first of the words before the acronym at `at` whose initials spell it: the longest such run of capitalized words
// (and lower-case links), starting with a capitalized word that is no link, with no punctuation inside.
function spelledFrom(tokens: readonly Token[], at: number, short: string): number | undefined {
  let found: number | undefined;
  for (let first = at - 1; first >= Math.max(0, at - MAX_WORDS); first--) {
    const token = tokens[first] as Token;
    if (first < at - 1 && /\S/.test(token.post)) break;
    if (!token.capitalized && !LINKS.has(token.key)) break;
    const words = tokens.slice(first, at).map((word) => word.text).join(' ');
    // (Not from `The` opening the sentence: `The World Health Organisation (WHO)`.)
    if (token.capitalized && !LINKS.has(token.key) && isInitialism(short, words)) found = first;
  }
  return found;
}
