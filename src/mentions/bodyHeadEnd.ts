import type { Token } from '../text/Token';
import { isPluralPossessive } from './isPluralPossessive';
import { BREAKING_PUNCTUATION, ORGANIZATION_HEADS } from './nameWords';

/**
 * `Royal Dutch Petroleum`, `British American Tobacco`, `19 Entertainment`: the last of the capitalized words from `from`
 * (at least one, to a pause or a possessive other than a plural's) when it is a body's head word, so that a place's or
 * people's name, a number or a job's noun before them is a word of the body's name; undefined otherwise.
 */
export function bodyHeadEnd(tokens: readonly Token[], from: number): number | undefined {
  let end = from;
  if (!tokens[end]?.capitalized || BREAKING_PUNCTUATION.test(tokens[end - 1]?.post ?? '') || tokens[end - 1]?.possessive) return undefined;
  // (A plural's possessive is a word of the name: `Royal Liverpool Children's Hospital`, `Teachers' Union`.)
  const goesOn = (token: Token | undefined) => token !== undefined && (!token.possessive || isPluralPossessive(token)) && !BREAKING_PUNCTUATION.test(token.post.replace(/^['’]/, ''));
  while (tokens[end + 1]?.capitalized && goesOn(tokens[end])) end++;
  return ORGANIZATION_HEADS.has(tokens[end]?.key ?? '') ? end : undefined;
}
