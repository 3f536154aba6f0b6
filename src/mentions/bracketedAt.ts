import type { Token } from '../text/Token';

/** Whether the word at `at` opens a bracket (`RSF` of `Rapid Support Forces (RSF)`). */
export function bracketedAt(tokens: readonly Token[], at: number): boolean {
  return /[([]$/.test(tokens[at - 1]?.post ?? '') || /[([]$/.test(tokens[at]?.pre ?? '');
}
