import { memoizeByText } from './memoizeByText';

// Latin letters that Unicode does not decompose into a base letter and a diacritic (`ø` of `Støre`), spelled as
// English news writes them without the letter (`Store`).
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

// Words and names recur, and each token's key is asked for by several steps: each distinct short text is folded once.
// The key is held as a copy too, since folding may give back the text itself, a slice of its document.
const foldOnce = memoizeByText((text) => ` ${fold(text)}`.slice(1), 100_000, 64);

/** The comparison key of a name: no diacritics, dots, possessive or case; hyphens and spaces folded (`the U.S.'s` → `the us`). */
export function normalizeKey(text: string): string {
  return foldOnce(text);
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .toLowerCase()
    .replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(/'s?$/, '')
    .replace(/\./g, '')
    .replace(/[-\u2010-\u2014\s]+/g, ' ')
    .trim();
}
