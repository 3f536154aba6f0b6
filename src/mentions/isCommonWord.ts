import type { Token } from '../text/Token';
import { lexiconTags } from './lexiconTags';

/** Whether compromise knows the word as ordinary English vocabulary rather than as a name (an unknown capitalized word is more likely a name). */
export function isCommonWord(token: Pick<Token, 'key'>): boolean {
  return lexiconTags(token.key) !== undefined;
}
