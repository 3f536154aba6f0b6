/** A word of a sentence, as compromise tagged it, with its offsets in the block's cleaned text. */
export interface Token {
  readonly text: string;
  /** `normalizeKey(text)`: lower case, no dots, no possessive. */
  readonly key: string;
  readonly tags: ReadonlySet<string>;
  readonly start: number;
  readonly end: number;
  /** Punctuation and spaces after the word (`, `, `-`). */
  readonly post: string;
  readonly pre: string;
  /** Ends in `'s` or `’s` (or a bare `’` after s). */
  readonly possessive: boolean;
  /** Starts with a capital letter or a digit followed by capitals (G7). */
  readonly capitalized: boolean;
}
