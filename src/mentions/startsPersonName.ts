import type { Token } from '../text/Token';
import { BREAKING_PUNCTUATION, PERSON_TAGS } from './nameWords';

/**
 * Whether a person's name starts at `from` (`Tory Liam Fox`, `Labour's Jack Straw`): a word compromise knows as one, or
 * two capitalized words with no pause between them.
 */
export function startsPersonName(tokens: readonly Token[], from: number): boolean {
  const next = tokens[from];
  if (!next) return false;
  return PERSON_TAGS.some((tag) => next.tags.has(tag)) || (tokens[from + 1]?.capitalized === true && !BREAKING_PUNCTUATION.test(next.post));
}
