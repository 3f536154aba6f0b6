import { normalizeKey } from '../../text/normalizeKey';

/** A body's head words: its name's last word and the word before `of` (`Federal Court of Australia`, `House of Representatives`). */
export function headWords(name: string): string[] {
  const words = normalizeKey(name).split(' ');
  return [words.at(-1) ?? '', words[words.indexOf('of') - 1] ?? ''];
}
