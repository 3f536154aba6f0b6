import type { Token } from '../text/Token';

// Titles written once before the names of all who hold them (`Justices X, Y and Z`, `Messrs X and Y`).
const PLURAL_HONORIFICS: ReadonlySet<string> = new Set(['justices', 'judges', 'messrs', 'sens', 'reps']);
// How far back, in words, such a title may open the list.
const MAX_LIST_WORDS = 16;

/**
 * Whether the capitalized word at `at` is a later item of a list of names a plural title opens (`Gummow` of `Justices
 * Toohey, Gaudron, Gummow and Kirby`): each item is a person's name, however rare the surname.
 */
export function listedAfterPluralHonorific(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (before === undefined || !(before.key === 'and' || /,/.test(before.post))) return false;
  for (let k = at - 1; k >= Math.max(0, at - MAX_LIST_WORDS); k--) {
    const token = tokens[k] as Token;
    if (PLURAL_HONORIFICS.has(token.key) && token.capitalized) return true;
    // (Only names, `and` and commas between: `Justices X and Y said Z ...` opens no list at Z.)
    const named = token.capitalized && !token.possessive && /^[\s,.]*$/.test(token.post);
    if (!named && token.key !== 'and') return false;
  }
  return false;
}
