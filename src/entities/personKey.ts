import { normalizeKey } from '../text/normalizeKey';

// Generational suffixes follow the surname (`Ferdinand Marcos Jr.`): the surname alone (`Marcos`) must still meet it.
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * The key under which spellings of one person's name meet: a generational suffix left out and the surname's
 * transliteration ending folded (`Zelenskiy`, `Zelenskyy` → `zelensky`); it is also the slug of the person's id, so
 * it stays readable.
 */
export function personKey(name: string): string {
  const words = normalizeKey(name).split(' ');
  while (words.length > 2 && SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  const surname = words.pop() ?? '';
  return [...words, surname.replace(/(?:kiy|kyy|kyi|kii|kij)$/, 'ky')].join(' ');
}
