import type { Token } from '../text/Token';
import { candidateAt } from './candidateAt';
import type { MentionCandidate } from './MentionCandidate';
import { BREAKING_PUNCTUATION } from './nameWords';

// A legislature's word, which names its committees in front of their subject (`the Commons Treasury committee`).
const CHAMBERS: ReadonlySet<string> = new Set(['commons', 'lords', 'house', 'senate', 'congress', 'parliament', 'assembly', 'bundestag', 'duma', 'knesset']);
const COMMITTEES: ReadonlySet<string> = new Set(['committee', 'subcommittee', 'sub-committee']);
// Most words between the chamber and `committee` (`health select`, `science and technology`).
const MAX_SUBJECT_WORDS = 4;

/**
 * `the Commons Treasury committee`, `the House ethics committee`, `the Scottish Parliament standards committee`: a
 * legislature's name, its committee's subject in words of any case, and `committee` are one organization, as British and
 * American news write a committee in lower case; the chamber's name and the subject are no names of their own there.
 */
export function joinChamberCommittees(candidates: readonly MentionCandidate[], tokens: readonly Token[]): MentionCandidate[] {
  let out = [...candidates];
  for (let at = 0; at < tokens.length; at++) {
    const chamber = tokens[at] as Token;
    if (!chamber.capitalized || !CHAMBERS.has(chamber.key) || chamber.possessive || BREAKING_PUNCTUATION.test(chamber.post)) continue;
    const end = committeeAfter(tokens, at);
    if (end === undefined) continue;
    // The chamber's whole name when it ends there (`Scottish Parliament`).
    const named = out.find((candidate) => candidate.first <= at && candidate.last === at);
    const first = named?.first ?? at;
    out = [...out.filter((candidate) => candidate.last < first || candidate.first > end), candidateAt(tokens, first, end, 'Organization')].sort((a, b) => a.first - b.first);
    at = end;
  }
  return out;
}

// The index of `committee` closing the words after the chamber at `at`, if one or more plain words lead to it.
function committeeAfter(tokens: readonly Token[], at: number): number | undefined {
  for (let k = at + 1; k <= at + MAX_SUBJECT_WORDS + 1; k++) {
    const word = tokens[k];
    if (!word || word.possessive || !/^[\p{L}-]+$/u.test(word.text)) return undefined;
    if (COMMITTEES.has(word.key)) return k > at + 1 ? k : undefined;
    if (BREAKING_PUNCTUATION.test(word.post)) return undefined;
  }
  return undefined;
}
