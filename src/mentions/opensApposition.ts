import type { Token } from '../text/Token';

/**
 * Whether an apposition opens after the name from `first` to `last`: a comma, then an article (`Vela, the catering
 * company,`, `Vale, a professor of`), the name not after a preposition (`In Springfield, a city official said`).
 */
export function opensApposition(tokens: readonly Token[], first: number, last: number): boolean {
  return /^,/.test(tokens[last]?.post ?? '') && ['a', 'an', 'the'].includes(tokens[last + 1]?.key ?? '') && !tokens[first - 1]?.tags.has('Preposition');
}
