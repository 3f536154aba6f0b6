import type { Token } from '../text/Token';
import { candidateAt } from './candidateAt';
import { isKnownGivenName } from './isKnownGivenName';
import type { MentionCandidate } from './MentionCandidate';
import { BREAKING_PUNCTUATION } from './nameWords';

/**
 * `the William and Flora Hewlett Foundation`, `the David and Lucile Packard Foundation`: a body named after a couple
 * opens with both given names, joined by `and`; the first is the body's word, not a person's name of its own.
 */
export function joinGivenNamePairs(candidates: readonly MentionCandidate[], tokens: readonly Token[]): MentionCandidate[] {
  let out = [...candidates];
  for (const body of candidates) {
    const given = tokens[body.first - 2];
    if (body.type !== 'Organization' || tokens[body.first - 1]?.key !== 'and' || !isKnownGivenName(tokens[body.first] as Token)) continue;
    if (!given?.capitalized || !isKnownGivenName(given) || BREAKING_PUNCTUATION.test(given.post)) continue;
    const before = out.find((candidate) => candidate.first <= body.first - 2 && candidate.last >= body.first - 2);
    if (before && (before.type !== 'Person' || before.first !== before.last)) continue;
    out = [...out.filter((candidate) => candidate !== body && candidate !== before), candidateAt(tokens, body.first - 2, body.last, 'Organization')].sort((a, b) => a.first - b.first);
  }
  return out;
}
