import type { Token } from '../text/Token';
import { isEnglishWord } from './isEnglishWord';

/** Whether the word at `at`, capitalized, no dictionary's and not plural, opens its clause as the subject of a plural verb (`Vela were beaten`). */
export function agreesAsBody(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  const verb = tokens[at + 1]?.key ?? '';
  // Opening its clause, so that no coordination (`Vale and Vosk have`) makes the verb plural.
  const opens = at === 0 || /[,;:]\s*$/.test(tokens[at - 1]?.post ?? '');
  return opens && /^\p{Lu}\p{Ll}+$/u.test(token.text) && !/s$/.test(token.key) && !isEnglishWord(token) && !/\S/.test(token.post) && ['have', 'are', 'were'].includes(verb);
}
