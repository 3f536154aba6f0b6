import type { GazetteerEntry } from '../knowledge/GazetteerEntry';
import type { Token } from '../text/Token';
import { normalizeKey } from '../text/normalizeKey';

/**
 * Whether the words at `at` are written as a known name's entry requires: exactly for short all-capital forms,
 * capitalized otherwise; a party's name in every word its name capitalizes (`We Can`, never `We can`).
 */
export function acceptsEntry(entry: GazetteerEntry, tokens: readonly Token[], at: number, length: number): boolean {
  const span = tokens.slice(at, at + length);
  if (entry.exactCase) return span.map((token) => token.text.replace(/['’]s?$/, '')).join('') === entry.phrase.replace(/\s/g, '');
  // `la Repubblica`, `al Qaeda`: a name written in lower case is found so.
  if (span[0]?.capitalized !== true && !/^\p{Ll}/u.test(entry.phrase)) return false;
  // `The Independent`, `The Times`: a party's or a title's name only in every word its name capitalizes (`The independent
  // candidate` opening a sentence is no newspaper).
  if (entry.kind !== 'party' && entry.kind !== 'media') return true;
  const capitalized = new Set(entry.phrase.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word)).map(normalizeKey));
  // `the Oromo People's party`, `the Liberal Democratic party`: newsrooms that write `party` in lower case do so
  // after a name of two words or more.
  const lowerParty = (token: Token, k: number) => entry.kind === 'party' && k === span.length - 1 && k >= 2 && token.key === 'party';
  return span.every((token, k) => token.capitalized || !capitalized.has(token.key) || lowerParty(token, k));
}
