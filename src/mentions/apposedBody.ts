import type { Token } from '../text/Token';
import { ORGANIZATION_NOUNS, RELATIVE_PRONOUNS } from './nameWords';
import { opensApposition } from './opensApposition';

// How many words may qualify the body's noun (`the Hong Kong conglomerate`, `a French catering company`).
const QUALIFIER_WORDS = 4;

/**
 * Whether the name from `first` to `last` is described as a body by an apposition its noun heads (`Hutchison Whampoa,
 * the Hong Kong conglomerate controlled by`, `Vela, a catering company,`): a comma, an article, a few qualifying words
 * and a common noun for a body that no noun follows (`Vale, the union official,` and `Vale, the band's drummer,` are
 * people).
 */
export function apposedBody(tokens: readonly Token[], first: number, last: number): boolean {
  if (!opensApposition(tokens, first, last)) return false;
  for (let at = last + 2; at <= last + 2 + QUALIFIER_WORDS; at++) {
    const token = tokens[at];
    // (`Vale, a partner at the firm`: a phrase after the head is no qualifier of the body's noun; nor is a relative
    // clause, `Vale, the populist whose new party is surging`.)
    if (!token || token.possessive || token.tags.has('Preposition') || RELATIVE_PRONOUNS.has(token.key) || (at > last + 2 && /[,;:]/.test(tokens[at - 1]?.post ?? ''))) return false;
    if (!token.capitalized && ORGANIZATION_NOUNS.has(token.key)) {
      const next = tokens[at + 1];
      return /^[,.;]/.test(token.post) || next === undefined || !next.tags.has('Noun') || next.tags.has('Verb');
    }
  }
  return false;
}
