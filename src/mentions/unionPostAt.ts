import type { Token } from '../text/Token';
import { BREAKING_PUNCTUATION } from './nameWords';
import { startsPersonName } from './startsPersonName';

/**
 * Whether a union's or party's general secretary in lower case and a person's name follow (`Unison general secretary
 * Dave Prentis`); after the body's possessive, the name may stand in apposition (`Unison's general secretary, Dave Prentis,`).
 */
export function unionPostAt(tokens: readonly Token[], at: number, possessed = false): boolean {
  const deputy = ['deputy', 'assistant'].includes(tokens[at]?.key ?? '') ? 1 : 0;
  const [general, secretary] = [tokens[at + deputy], tokens[at + deputy + 1]];
  const apposed = possessed && /^,\s*$/.test(secretary?.post ?? '');
  return general?.key === 'general' && !general.capitalized && secretary?.key === 'secretary' && !secretary.capitalized
    && (apposed || !BREAKING_PUNCTUATION.test(secretary.post)) && startsPersonName(tokens, at + deputy + 2);
}
