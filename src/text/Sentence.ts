import type { TextBlock } from './TextBlock';
import type { Token } from './Token';

/** A sentence of a block: its tokens and its span in the block's cleaned text. */
export interface Sentence {
  readonly block: TextBlock;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}
