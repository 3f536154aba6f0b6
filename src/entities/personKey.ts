import { normalizeKey } from '../text/normalizeKey';

// Generational suffixes follow the surname (`Ferdinand Marcos Jr.`): the surname alone (`Marcos`) must still meet it.
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * The key under which spellings of one person's name meet: a generational suffix and middle initials left out
 * (`George W Bush`, `George W. Bush` → `george bush`) and the surname's transliteration ending folded (`Zelenskiy`,
 * `Zelenskyy` → `zelensky`); it is also the slug of the person's id, so it stays readable.
 */
export function personKey(name: string): string {
  const all = normalizeKey(name).split(' ');
  // A single letter between the first and last word is a middle initial.
  const words = all.filter((word, i) => i === 0 || i === all.length - 1 || word.length > 1);
  while (words.length > 2 && SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  const surname = words.pop() ?? '';
  return [...words, surname.replace(/(?:kiy|kyy|kyi|kii|kij)$/, 'ky')].join(' ');
}
