import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { findMentionCandidates } from '../../src/mentions/findMentionCandidates';
import { tokensOf } from '../helpers/tokensOf';

// The candidates findMentionCandidates (which ends with joinSpelledOutNames) reads, as `Type:surface`.
function names(text: string): string[] {
  return findMentionCandidates(tokensOf(text), defaultKnowledge(), false).candidates.map((candidate) => `${candidate.type}:${candidate.surface}`);
}

describe('joinSpelledOutNames', () => {
  it.each([
    ['Its ally, the All India Anna Dravida Orlak Kazhagam (AIADOK), left.', ['Organization:All India Anna Dravida Orlak Kazhagam', 'Organization:AIADOK']],
    ['The Board of Control for Cricket in India (BCCI) objected.', ['Organization:Board of Control for Cricket in India', 'Organization:BCCI']],
  ])('joins the words the bracketed acronym spells into one body in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // A place read as one name stays a place, and its acronym with it.
    ['Crowds visited the Vosk Space Center (VSC) on Sunday.', ['Location:Vosk Space Center', 'Location:VSC']],
    // `The` opening the sentence is no part of the name.
    ['The World Health Organisation (WHO) spoke.', ['Organization:World Health Organisation', 'Organization:WHO']],
    // Initials that spell no acronym join nothing.
    ['Ann Vale of the Vosk Party (PVP) spoke.', ['Person:Ann Vale', 'Organization:Vosk Party', 'Organization:PVP']],
  ])('leaves words the acronym does not spell in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
