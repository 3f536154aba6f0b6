import { candidateAt } from '../mentions/candidateAt';
import type { MentionCandidate } from '../mentions/MentionCandidate';
import { opensClause } from '../mentions/opensClause';
import { normalizeKey } from '../text/normalizeKey';
import type { Token } from '../text/Token';

/**
 * `Credit Suisse Group AG said ... lent Credit Suisse`, `Standard Group chief executive X ... the offices of the Standard
 * Group`: a word of the dictionary opening a sentence may be capitalized for that alone, so the name read after it
 * starts one word late. When the document writes inside a sentence a name of two or more words that that word and the
 * name after it make, or open, the word is the name's first: a body's name (either reading says so) takes it. Not one
 * that only opens a longer name written inside (`Global Fund freezes ...` beside `the Global Fund to Fight Aids`,
 * which nothing would join to it), nor a name general knowledge holds (`British Airways` is read whole already).
 */
export function readOpeningWords(
  sentences: readonly { readonly tokens: readonly Token[]; readonly candidates: readonly MentionCandidate[] }[],
): MentionCandidate[][] {
  // The names of two or more words written inside a sentence, by key, with their type.
  const inside = new Map<string, MentionCandidate['type']>();
  for (const { tokens, candidates } of sentences) {
    for (const candidate of candidates) {
      if (candidate.first > 0 && !opensClause(tokens, candidate.first) && candidate.surface.includes(' ')) inside.set(normalizeKey(candidate.surface), candidate.type);
    }
  }
  if (inside.size === 0) return sentences.map(({ candidates }) => [...candidates]);
  return sentences.map(({ tokens, candidates }) => {
    const opener = tokens[0];
    const next = candidates[0];
    if (!opener || next?.first !== 1 || next.known || !opener.capitalized || opener.possessive || /\S/.test(opener.post)) return [...candidates];
    // The joined words, or their first two or more, as a name written inside (looked up by prefix: linear in the text).
    const words = normalizeKey(`${opener.text} ${next.surface}`).split(' ');
    const written = words.slice(1).map((_, k) => inside.get(words.slice(0, k + 2).join(' '))).find((type) => type !== undefined);
    if (!written) return [...candidates];
    // (A body's when either reading says so: `Credit Suisse Chairman X` beside `lent Credit Suisse money`; two capitalized
    // words alone, which the type guessed from their shape may take for a person's, say too little to join.)
    if (next.type !== 'Organization' && written !== 'Organization') return [...candidates];
    return [candidateAt(tokens, 0, next.last, 'Organization'), ...candidates.slice(1)];
  });
}
