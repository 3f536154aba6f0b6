import { normalizeKey } from '../text/normalizeKey';

/**
 * The key under which spellings of one person's name meet: the surname's transliteration ending folded
 * (`Zelenskiy`, `Zelenskyy` → `zelensky`); it is also the slug of the person's id, so it stays readable.
 */
export function personKey(name: string): string {
  const words = normalizeKey(name).split(' ');
  const surname = words.pop() ?? '';
  return [...words, surname.replace(/(?:kiy|kyy|kyi|kii|kij)$/, 'ky')].join(' ');
}
