import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { americanPartyLetter } from '../../src/mentions/americanPartyLetter';
import { tokensOf } from '../helpers/tokensOf';

function partyOf(text: string, word: string): string | undefined {
  const tokens = tokensOf(text);
  const entry = americanPartyLetter(tokens, tokens.findIndex((token) => token.text === word), defaultKnowledge());
  return entry && `${entry.entityId} ${entry.kind} ${entry.phrase}`;
}

describe('americanPartyLetter', () => {
  it.each([
    ['Ann Vale, R-Texas, said so.', 'R-Texas', 'organization:united-states-republican-party letter R'],
    ['Ann Vale (D-N.Y.) said so.', 'D-N.Y', 'organization:united-states-democratic-party letter D'],
    // Not after a name and a comma or in brackets, nor another letter.
    ['The R-Texas plan failed.', 'R-Texas', undefined],
    ['Ann Vale, I-Vermont, said so.', 'I-Vermont', undefined],
  ])('in %j reads %j as the party %p', (text, word, expected) => {
    expect(partyOf(text, word)).toBe(expected);
  });
});
