// Latin letters that Unicode does not decompose into a base letter and a diacritic (`ø` of `Støre`), spelled as
// English news writes them without the letter (`Store`).
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

// Words and names recur in every text, and each token's key is asked for by several steps: each distinct short text is
// normalized once. The memo starts over when full, so a long run's memory stays bounded, and holds copies, since a
// slice would keep the whole document it was cut from.
const memo = new Map<string, string>();
const MEMO_SIZE = 100_000;
const MEMO_LENGTH = 64;

/** The comparison key of a name: no diacritics, dots, possessive or case; hyphens and spaces folded (`the U.S.'s` → `the us`). */
export function normalizeKey(text: string): string {
  if (text.length > MEMO_LENGTH) return fold(text);
  let key = memo.get(text);
  if (key === undefined) {
    key = fold(text);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(` ${text}`.slice(1), ` ${key}`.slice(1));
  }
  return key;
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
