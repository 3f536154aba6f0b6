import type { GazetteerEntry } from '../knowledge/GazetteerEntry';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Token } from '../text/Token';

// The parties an American legislator's party letter names.
const AMERICAN_PARTY_LETTERS: ReadonlyMap<string, string> = new Map([['R', 'republican party'], ['D', 'democratic party']]);

/** The party an American legislator's `R-Texas` or `D-N.Y.` names, after a name and a comma or in brackets. */
export function americanPartyLetter(tokens: readonly Token[], at: number, knowledge: Knowledge): GazetteerEntry | undefined {
  const token = tokens[at];
  const match = /^([RD])-\p{Lu}[\p{L}.]*$/u.exec(token?.text ?? '');
  const after = /,\s*$/.test(tokens[at - 1]?.post ?? '') || /\($/.test(token?.pre ?? '');
  if (!match || !after || !tokens[at - 1]?.capitalized) return undefined;
  const phrase = AMERICAN_PARTY_LETTERS.get(match[1] as string) ?? '';
  const party = knowledge.gazetteer.entries.get(phrase)?.find((entry) => entry.countryId === 'country:united-states');
  return party ? { ...party, phrase: match[1] as string, kind: 'letter' } : undefined;
}
