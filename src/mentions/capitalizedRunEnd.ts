import type { Token } from '../text/Token';
import { BREAKING_PUNCTUATION } from './nameWords';

/** The last of the capitalized words from `at`, unbroken by punctuation and short of a bracketed short form (`(PMDB)`). */
export function capitalizedRunEnd(tokens: readonly Token[], at: number): number {
  let end = at;
  while (tokens[end + 1]?.capitalized && !BREAKING_PUNCTUATION.test(tokens[end]?.post ?? '') && !/[[(]/.test(tokens[end + 1]?.pre ?? '')) end++;
  return end;
}
