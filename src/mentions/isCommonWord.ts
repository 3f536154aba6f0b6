import nlp from 'compromise';
import type { Token } from '../text/Token';

// Words compromise knows as ordinary vocabulary; an unknown capitalized word is more likely a name.
const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;

/** Whether compromise knows the word as ordinary English vocabulary rather than as a name. */
export function isCommonWord(token: Pick<Token, 'key'>): boolean {
  return token.key in lexicon;
}
