import type { Knowledge } from '../knowledge/Knowledge';
import type { Token } from '../text/Token';
import { isFactionWord } from './isFactionWord';

/**
 * Whether a word is the plural name of a people or faction (`Scots`, `Kurds`, `Gibraltarians`, `Blairites`), or a
 * demonym shared by several states (`Congolese`).
 */
export function isPeople(token: Token, knowledge: Knowledge): boolean {
  return knowledge.demonyms.has(token.key) || knowledge.peoples.has(token.key) || /^\p{Lu}\p{Ll}{2,}ians$/u.test(token.text)
    || (isFactionWord(token) && token.text.endsWith('s'));
}
