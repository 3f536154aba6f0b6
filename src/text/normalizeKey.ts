/** The comparison key of a name: no diacritics, dots, possessive or case; hyphens and spaces folded (`the U.S.'s` → `the us`). */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .toLowerCase()
    .replace(/'s?$/, '')
    .replace(/\./g, '')
    .replace(/[-\u2010-\u2014\s]+/g, ' ')
    .trim();
}
