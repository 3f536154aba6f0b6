import type { AnalyzedSentence } from './AnalyzedSentence';

/** Whether the words before token `at` (an article aside) are a preposition of place (`in the UK`, `across Europe`). */
export function afterPlacePreposition(s: AnalyzedSentence, at: number): boolean {
  const before = s.tokens[at - 1]?.key === 'the' ? at - 2 : at - 1;
  return SETTING_PREPOSITIONS.has(s.tokens[before]?.key ?? '');
}

// Prepositions that set a sentence in a place (unlike nameWords' PLACE_PREPOSITIONS, which make a lone word a place).
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'across', 'inside', 'outside', 'throughout']);
