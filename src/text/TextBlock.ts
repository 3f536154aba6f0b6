/** One paragraph of cleaned text, with where each of its characters came from in the text as read. */
export interface TextBlock {
  /** Cleaned text: HTML references decoded, mojibake repaired, markup and hashtag lines left out. */
  readonly text: string;
  /** `origin[i]` is the raw UTF-16 index of `text[i]`; `origin[text.length]` is the raw end of the block. */
  readonly origin: Int32Array;
  /** A heading or other line without a sentence (title case, no final punctuation): its names are read as a heading writes
   * them; a headline states relations as any sentence does. */
  readonly heading: boolean;
}
