import type { Token } from '../text/Token';

// Plurals not made with -s, whose possessive takes `'s`.
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['children', 'women', 'men', 'people']);

/** `Footballers'`, `Teachers'`, `Children's`: a plural's possessive, written with the apostrophe alone or after a plural without -s. */
export function isPluralPossessive(token: Token): boolean {
  return token.possessive && ((/s$/.test(token.text) && /^['’]/.test(token.post)) || IRREGULAR_PLURALS.has(token.key));
}
