import type { Knowledge } from '../knowledge/Knowledge';
import type { Token } from '../text/Token';
import { matchPhraseAt } from './matchPhraseAt';

/**
 * The known title (`Secretary of State`) that starts at token `at`, unless its last word opens a longer known title:
 * `U.S. Attorney General X` is the country's name and `Attorney General`, not the title `U.S. Attorney`.
 */
export function matchKnownTitleAt(tokens: readonly Token[], at: number, knowledge: Pick<Knowledge, 'titles' | 'maxTitleWords'>): { length: number; value: string } | undefined {
  const found = matchPhraseAt(tokens, at, knowledge.titles, knowledge.maxTitleWords);
  if (found === undefined || found.length === 1) return found;
  const overlapping = matchPhraseAt(tokens, at + found.length - 1, knowledge.titles, knowledge.maxTitleWords);
  return (overlapping?.length ?? 0) > 1 ? undefined : found;
}
