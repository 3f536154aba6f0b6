import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { findMentionCandidates } from '../../src/mentions/findMentionCandidates';
import { tokensOf } from '../helpers/tokensOf';

// The candidates findMentionCandidates (which runs joinGivenNamePairs) reads, as `Type:surface`.
function names(text: string): string[] {
  return findMentionCandidates(tokensOf(text), defaultKnowledge(), false).candidates.map((candidate) => `${candidate.type}:${candidate.surface}`);
}

describe('joinGivenNamePairs', () => {
  it.each([
    ['A grant from the William and Flora Vosk Foundation arrived.', ['Organization:William and Flora Vosk Foundation']],
    ['The David and Lucile Orlak Foundation gave money.', ['Organization:David and Lucile Orlak Foundation']],
    // A person's full name before `and` is another name.
    ['Ann Vale and Tom Orlak Foundation staff spoke.', ['Person:Ann Vale', 'Organization:Tom Orlak Foundation']],
  ])('reads the body named after a couple in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
