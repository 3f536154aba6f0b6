import type { Knowledge } from './Knowledge';

/** Whether a title's words (normalized) end in an office a party gives (`leader`, `chief whip`), by its last one or two words. */
export function isPartyOffice(words: readonly string[], knowledge: Knowledge): boolean {
  return knowledge.partyOffices.has(words.slice(-2).join(' ')) || knowledge.partyOffices.has(words.slice(-1).join(' '));
}
