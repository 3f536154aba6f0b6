import { compileCues } from '../compileCues';
import type { AnalyzedSentence } from './AnalyzedSentence';
import { DETERMINERS } from './syntaxWords';
import unassertedClausesFile from './unassertedClauses.json';

/** Verbs of denial, the claims they deny, words of demand and condition words, from unassertedClauses.json. */
export const unassertedCues = compileCues(unassertedClausesFile, ['disputing-verb', 'disputed-claim', 'demanded-act', 'condition']);

/** A clause the sentence does not assert: its tokens, and the word that makes it so. */
export interface UnassertedClause {
  readonly first: number;
  readonly last: number;
  /** The disputing verb or condition word. */
  readonly opener: number;
  /** What makes it unasserted: a condition (`if`), a demand (`the demand that`) or a denial (`denied that`). */
  readonly kind: 'condition' | 'demanded-act' | 'disputing-verb';
}

const ASSERTING = new Set(['no', 'without', 'little']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
// How far after a disputed claim its `that` may stand (`claims by Portugal that`), and how many words (articles,
// adjectives, names: `Slovenian suggestions`) may qualify the claim.
const THAT_REACH = 5;
const QUALIFIER_REACH = 3;

/**
 * The clauses of a sentence that it reports as denied or disputed (`X denied that ...`, `X rejected the idea Y ...`,
 * `X denied Y had ...`), as demanded (`the demand that ...`) or as a condition (`if ...`, `whether ...`). A denied clause runs to the sentence's end or to
 * a new clause (`;`, `but`, `, and`); a condition runs to the next comma.
 */
export function unassertedClauses(s: AnalyzedSentence): UnassertedClause[] {
  const clauses: UnassertedClause[] = [];
  s.tokens.forEach((token, i) => {
    if (s.mentionAt[i]) return;
    if (unassertedCues.condition.forms.has(token.key)) {
      const last = clauseEnd(s, i + 1, true);
      if (last > i) clauses.push({ first: i + 1, last, opener: i, kind: 'condition' });
      return;
    }
    // `refused her demand that he sack X`: a wanted act, not a done one.
    if (unassertedCues['demanded-act'].forms.has(token.key) && s.tokens[i + 1]?.key === 'that') {
      clauses.push({ first: i + 2, last: clauseEnd(s, i + 2, false), opener: i, kind: 'demanded-act' });
      return;
    }
    // `There is no doubt that ...` asserts what follows.
    if (!unassertedCues['disputing-verb'].forms.has(token.key) || ASSERTING.has(s.tokens[i - 1]?.key ?? '')) return;
    const first = complementStart(s, i);
    if (first !== undefined) clauses.push({ first, last: clauseEnd(s, first, false), opener: i, kind: 'disputing-verb' });
  });
  return clauses;
}

// Where the clause a disputing verb at `verb` denies starts: after `that`/`whether`, after a disputed claim (and its
// `that`), or right after the verb when a subject and its verb follow (`denied Estonia had`).
function complementStart(s: AnalyzedSentence, verb: number): number | undefined {
  const next = s.tokens[verb + 1]?.key;
  if (next === 'that' || next === 'whether') return verb + 2;
  if (opensClause(s, verb + 1)) return verb + 1;
  let noun = verb + 1;
  while (noun <= verb + QUALIFIER_REACH && !unassertedCues['disputed-claim'].forms.has(s.tokens[noun]?.key ?? '')) {
    const word = s.tokens[noun];
    if (!word || /[,;:]/.test(word.post) || !(DETERMINERS.has(word.key) || s.mentionAt[noun] || word.capitalized || word.tags.has('Adjective'))) return undefined;
    noun++;
  }
  if (!unassertedCues['disputed-claim'].forms.has(s.tokens[noun]?.key ?? '') || s.mentionAt[noun]) return undefined;
  if (/[,;:]/.test(s.tokens[noun]?.post ?? '')) return undefined;
  if (opensClause(s, noun + 1)) return noun + 1;
  for (let k = noun + 1; k <= noun + THAT_REACH; k++) {
    const word = s.tokens[k];
    if (!word) return undefined;
    if (word.key === 'that') return k + 1;
    if (/[,;:]/.test(word.post) || (word.tags.has('Verb') && !s.mentionAt[k])) return undefined;
  }
  return undefined;
}

// Whether a clause opens at `from`: a name (after an article or an honorific: `Mr X`) or a subject pronoun, followed
// by its verb (`Sweden posed`, `it had`).
function opensClause(s: AnalyzedSentence, from: number): boolean {
  let at = from;
  while (at < from + 2 && !s.mentionAt[at] && (s.tokens[at]?.key === 'the' || s.tokens[at]?.capitalized) && !/[,;:]/.test(s.tokens[at]?.post ?? '')) at++;
  const mention = s.mentionAt[at];
  const token = s.tokens[at];
  if (!token || (mention ? mention.first !== at : !SUBJECT_PRONOUNS.has(token.key))) return false;
  const after = s.tokens[(mention ? mention.last : at) + 1];
  return after !== undefined && after.tags.has('Verb') && !after.tags.has('Gerund') && !/[,;:]/.test(s.tokens[mention ? mention.last : at]?.post ?? '');
}

// The last token of the clause from `first`: up to the next comma for a condition, else up to a new clause.
function clauseEnd(s: AnalyzedSentence, first: number, condition: boolean): number {
  for (let k = first; k < s.tokens.length; k++) {
    const token = s.tokens[k];
    const next = s.tokens[k + 1];
    if (!token || !next) return k;
    if (/;/.test(token.post) || (condition && /,/.test(token.post))) return k;
    if (next.key === 'but' || (/,/.test(token.post) && ['and', 'while', 'whereas', 'although', 'though'].includes(next.key))) return k;
  }
  return s.tokens.length - 1;
}
