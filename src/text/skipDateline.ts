// `GEORGETOWN, Guyana, March 3 (Reuters) - `, `KYIV — `, `LONDON (AP) -- `: a place in capitals or a credit in brackets,
// closed by a spaced dash, within the first words of a sentence.
const DATELINE = /^(\S[^\n]{0,90}?)\s(?:-{1,2}|[—–])\s+/u;
const CAPITALS = /^\p{Lu}[\p{Lu}.'’-]{2,}/u;

/** Where a sentence's text starts after a wire dateline (`GEORGETOWN, Guyana, March 3 (Reuters) - `); `start` when it has none. */
export function skipDateline(text: string, start: number, end: number): number {
  const match = DATELINE.exec(text.slice(start, Math.min(end, start + 120)));
  const prefix = match?.[1];
  if (!match || !prefix || !(CAPITALS.test(prefix) || /\)$/.test(prefix))) return start;
  const after = start + match[0].length;
  return after < end ? after : start;
}
