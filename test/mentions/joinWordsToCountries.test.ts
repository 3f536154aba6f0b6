import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { candidateAt } from '../../src/mentions/candidateAt';
import { joinWordsToCountries } from '../../src/mentions/joinWordsToCountries';
import type { MentionCandidate } from '../../src/mentions/MentionCandidate';
import { tokensOf } from '../helpers/tokensOf';

// A lone capitalized word (`word`, waiting for support as findMentionCandidates leaves it) and the known country or
// nation `country` after it.
function joined(text: string, word: string, country: string): string[] {
  const tokens = tokensOf(text);
  const at = (surface: string) => tokens.findIndex((token) => token.start === text.indexOf(surface));
  const known = defaultKnowledge().gazetteer.entries.get(country.toLowerCase())?.[0];
  const lone: MentionCandidate = { ...candidateAt(tokens, at(word), at(word), 'Person'), needsSupport: true };
  return joinWordsToCountries([lone, candidateAt(tokens, at(country), at(country), known?.type ?? 'Country', known)], tokens).map((found) => `${found.type}:${found.surface}`);
}

describe('joinWordsToCountries', () => {
  it.each([
    ['Her Audit Scotland report exposed it.', 'Audit', 'Scotland', ['Organization:Audit Scotland']],
    ['Environment Canada said so.', 'Environment', 'Canada', ['Organization:Environment Canada']],
    ['The Gulf of Mexico spill grew.', 'Gulf', 'Mexico', ['Location:Gulf of Mexico']],
    // A name that is no English word, before a country, is a person's or the country stands alone.
    ['Vosk Canada said so.', 'Vosk', 'Canada', ['Person:Vosk', 'Country:Canada']],
    // A sea's word joins its country only through `of`.
    ['The Bay and Mexico agreed.', 'Bay', 'Mexico', ['Person:Bay', 'Country:Mexico']],
  ])('in %j joins %j to %j: %j', (text, word, country, expected) => {
    expect(joined(text, word, country)).toEqual(expected);
  });
});
