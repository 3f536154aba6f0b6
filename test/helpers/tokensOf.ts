import { tokenizeBlocks } from '../../src/text/tokenizeBlocks';
import type { Token } from '../../src/text/Token';

/** The tokens of a text read as one block of body text, its sentences run together. */
export function tokensOf(text: string): Token[] {
  const block = { text, origin: Int32Array.from({ length: text.length + 1 }, (_, i) => i), heading: false };
  return tokenizeBlocks([block]).flatMap((sentence) => sentence.tokens);
}
