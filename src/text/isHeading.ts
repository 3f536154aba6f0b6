const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'vs', 'as']);

/** Whether a line reads as a heading: no closing punctuation and its words title-cased, or a short line without a verb-like end. */
export function isHeading(line: string): boolean {
  const trimmed = line.trim();
  if (/[.!?…"”'’)\]]$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length > 14) return false;
  const content = words.filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  const titled = content.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word)).length;
  return content.length === 0 || titled / content.length >= 0.6 || words.length <= 3;
}
