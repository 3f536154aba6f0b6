import type { SyntaxToken } from './SyntaxToken';

const RELATIVE_WORDS = new Set(['who', 'whose', 'which']);
// Tokens that end a relative clause read apart: a quote or bracket may open what the comma does not close.
const ASIDE_BREAKS = new Set(['"', '“', '”', '(', ')', ';', ':', '—', '–']);
// Words after a comma that open something other than the main verb.
const NOT_VERBS = new Set(['and', 'or', 'but', 'nor', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'of', 'for', 'with', 'to', 'from', 'by', 'as', 'which', 'who', 'whose', 'where', 'when', 'while']);
// A clause longer than this is seldom set off by two commas only.
const MAX_ASIDE = 30;

/**
 * Relative clauses set off by commas inside a sentence (`X, who did not attend the talks, criticised Y`), which the
 * parser reads better apart: the index of each clause's opening and closing comma. The clause follows a word and is
 * followed by the verb it stands before.
 */
export function relativeAsides(tokens: readonly SyntaxToken[]): [number, number][] {
  const asides: [number, number][] = [];
  for (let open = 1; open + 3 < tokens.length; open++) {
    if (tokens[open]?.text !== ',' || !RELATIVE_WORDS.has(tokens[open + 1]?.text.toLowerCase() ?? '') || !/\p{L}/u.test(tokens[open - 1]?.text ?? '')) continue;
    let close = open + 2;
    while (close < tokens.length && close - open <= MAX_ASIDE && tokens[close]?.text !== ',' && !ASIDE_BREAKS.has(tokens[close]?.text ?? '')) close++;
    // The clause is followed by the verb it stands before (`, accused`, `, has`), not by a conjunction (`X's support for
    // Y, which Z refused, and W's offer`) or the next item of a list inside it (`whose party favours talks with X, the
    // Greens and Y, accused`).
    const next = tokens[close + 1]?.text ?? '';
    if (tokens[close]?.text !== ',' || close - open > MAX_ASIDE || close + 2 >= tokens.length || !/^\p{Ll}+$/u.test(next) || NOT_VERBS.has(next)) continue;
    asides.push([open, close]);
    open = close;
  }
  return asides;
}
