import type { Token } from '../text/Token';
import { isCommonWord } from './isCommonWord';

/**
 * Whether a word names a faction after its leader (`Blairite`, `Brownite`) or an adherent of a creed or movement
 * (`Scientologist`, `Trotskyist`), not a name of its own.
 */
export function isFactionWord(token: Token): boolean {
  return /^\p{Lu}\p{Ll}{2,}(?:ites?|ists?)$/u.test(token.text) && !isCommonWord(token);
}
