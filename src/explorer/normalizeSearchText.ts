/**
 * Folds a name for search: accents removed (NFKD), lower case, runs of spaces and punctuation other than letters and
 * digits made one space, so "Zelenskiy", "zelenskiy" and "ZELENSKIY" meet, and "U.S." meets "u s".
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
