import type { EntityType } from '../knowledge/EntityType';
import { entityId } from '../knowledge/entityId';
import type { GazetteerEntry } from '../knowledge/GazetteerEntry';
import type { Token } from '../text/Token';
import type { MentionCandidate } from './MentionCandidate';

/** The candidate for the words `first` to `last`, as written, without a possessive's letters, and its offsets. */
export function candidateAt(
  tokens: readonly Token[],
  first: number,
  last: number,
  type: EntityType,
  known?: GazetteerEntry,
  rename: (surface: string) => string = (surface) => surface,
): MentionCandidate {
  const firstToken = tokens[first] as Token;
  const lastToken = tokens[last] as Token;
  // The possessive's letters in the word itself (`Vale's`, `Workers'`; none when compromise put the apostrophe after it).
  const possessive = lastToken.possessive ? (/['’]s$/.test(lastToken.text) ? 2 : /['’]$/.test(lastToken.text) ? 1 : 0) : 0;
  const end = lastToken.end - possessive;
  const written = tokens
    .slice(first, last + 1)
    // compromise leaves the space after a possessive in no token (`Minister's Office`): the offsets show it.
    .map((token, k, all) => (k === all.length - 1 ? token.text.slice(0, token.text.length - possessive) : token.text + (token.post || ((all[k + 1]?.start ?? token.end) > token.end ? ' ' : ''))))
    .join('')
    .replace(/[[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const surface = rename(written);
  const entry = known ?? (surface === written ? undefined : { phrase: surface, entityId: entityId(type, surface), type, name: surface, kind: 'name' as const, exactCase: false });
  return { first, last, type, surface, start: firstToken.start, end, ...(entry ? { known: entry } : {}), needsSupport: false };
}
