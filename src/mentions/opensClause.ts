import type { Token } from '../text/Token';

/** Whether the word at `at` starts a clause after a dash, colon or opening quote, and may be capitalized for that alone. */
export function opensClause(tokens: readonly Token[], at: number): boolean {
  return /[:;—–]|\s-\s|["“(]\s*$/.test(tokens[at - 1]?.post ?? '') || /["“(]/.test(tokens[at]?.pre ?? '');
}
