import type { Knowledge } from '../knowledge/Knowledge';
import type { Token } from '../text/Token';
import { isEnglishWord } from './isEnglishWord';
import { isKnownGivenName } from './isKnownGivenName';
import { namesTextAfter } from './namesTextAfter';

/**
 * Whether the word at `at`, after a rank (`General Dynamics`, `General Electric`), is one capitalized dictionary word,
 * no known surname or given name, ending its name (no text's name goes on: `General Security of ... Agreement`): a
 * company's second word, not a general's surname.
 */
export function rankedCompany(tokens: readonly Token[], at: number, knowledge: Knowledge): boolean {
  const word = tokens[at];
  return word !== undefined && /^\p{Lu}\p{Ll}+$/u.test(word.text) && isEnglishWord(word) && !knowledge.surnames.has(word.key) && !isKnownGivenName(word)
    && !/\S/.test(tokens[at - 1]?.post ?? '') && tokens[at + 1]?.capitalized !== true && !namesTextAfter(tokens, at + 1);
}
