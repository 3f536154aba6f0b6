/** The number of whitespace-separated words in a text: the unit of the bench's words per second. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}
