import type { GazetteerEntry } from '../knowledge/GazetteerEntry';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Token } from '../text/Token';
import { PARTY_PEOPLE_NOUNS } from './nameWords';

/**
 * Whether a word that names a party only in context is the ordinary word (`Labour costs rose`, `Conservative
 * estimates`): opening a sentence before a noun; before a verb, a name or a noun for the party's people or offices
 * (`Labour said`, `Republican lawmakers`, `Conservative home affairs spokesman`, `Green co-leader`) it is the party.
 */
export function isOrdinaryPartyWord(tokens: readonly Token[], at: number, length: number, entry: GazetteerEntry, knowledge: Knowledge): boolean {
  if (!entry.needsCountry || length > 1 || at > 0) return false;
  const word = tokens[at] as Token;
  const next = tokens[at + 1];
  if (!next || word.possessive || /[,;:]/.test(word.post) || next.capitalized) return false;
  // `Respect for the law`, `Reform of the rules`: the ordinary noun with its complement.
  if (next.key === 'for' || next.key === 'of') return true;
  for (let k = at + 1; k <= at + 4 && tokens[k] && !tokens[k]?.capitalized; k++) {
    // (`Labour co-leader X`: a shared post is the post.)
    const key = (tokens[k]?.key ?? '').replace(/^co /, '');
    if (PARTY_PEOPLE_NOUNS.has(key) || knowledge.titleHeads.has(key)) return false;
    if (/[,;:]/.test(tokens[k]?.post ?? '')) break;
  }
  return next.tags.has('Noun') && !next.tags.has('Verb');
}
