import type { Token } from '../text/Token';

/** `Footballers'`, `Teachers'`: a plural's possessive, written with the apostrophe alone. */
export function isPluralPossessive(token: Token): boolean {
  return token.possessive && /s$/.test(token.text) && /^['’]/.test(token.post);
}
