import type { Knowledge } from '../knowledge/Knowledge';
import type { Token } from '../text/Token';
import { isEnglishWord } from './isEnglishWord';
import { isPluralPossessive } from './isPluralPossessive';
import { BREAKING_PUNCTUATION, isCompanyAbbreviation, ORGANIZATION_HEADS, PERSON_TAGS } from './nameWords';

/**
 * Whether the capitalized words from `from` (to a pause or possessive) are common words or places' names (`Queen's
 * Lancashire Regiment`), none of a person's name, and
 * the first or last is a body's head word (`Audit Directorate`, `Administration of Taxes`), and none heads a title
 * (`Chief Cabinet Secretary`).
 */
export function opensBodyName(tokens: readonly Token[], from: number, knowledge: Knowledge): boolean {
  const common = (token: Token | undefined): token is Token =>
    token?.capitalized === true && (isEnglishWord(token) || ORGANIZATION_HEADS.has(token.key) || isCompanyAbbreviation(token) || isPluralPossessive(token) || token.tags.has('Place'))
    && !PERSON_TAGS.some((tag) => token.tags.has(tag));
  let end = from;
  if (!common(tokens[from])) return false;
  // (A plural's possessive is a word of the name: `Professional Footballers' Association`.)
  while (common(tokens[end + 1]) && (!tokens[end]?.possessive || isPluralPossessive(tokens[end] as Token)) && !BREAKING_PUNCTUATION.test((tokens[end]?.post ?? '').replace(/^['’]/, ''))) end++;
  // `Premier League chief executive`: a lower-case office after the name is its own.
  if (tokens.slice(from, end + 2).some((token) => token.capitalized && knowledge.titleHeads.has(token.key))) return false;
  return ORGANIZATION_HEADS.has(tokens[from]?.key ?? '') || ORGANIZATION_HEADS.has(tokens[end]?.key ?? '') || isCompanyAbbreviation(tokens[end] as Token);
}
