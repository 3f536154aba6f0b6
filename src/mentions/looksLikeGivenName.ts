import type { Token } from '../text/Token';
import { isCommonWord } from './isCommonWord';
import { isEnglishWord } from './isEnglishWord';

/** Whether a word is one compromise tags as a given name, or a capitalized word no dictionary knows (`Valeska`). */
export function looksLikeGivenName(token: Token): boolean {
  return ['FirstName', 'MaleName', 'FemaleName'].some((tag) => token.tags.has(tag)) || (!isCommonWord(token) && !isEnglishWord(token) && /^\p{Lu}\p{Ll}+$/u.test(token.text));
}
