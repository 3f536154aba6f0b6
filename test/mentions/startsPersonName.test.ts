import { startsPersonName } from '../../src/mentions/startsPersonName';
import { tokensOf } from '../helpers/tokensOf';

function starts(text: string, word: string): boolean {
  const tokens = tokensOf(text);
  return startsPersonName(tokens, tokens.findIndex((token) => token.text === word));
}

describe('startsPersonName', () => {
  it.each([
    ['Tory Ann Vale spoke.', 'Ann', true],
    // Two capitalized words with no pause between them.
    ['Labour Orlak Vosk spoke.', 'Orlak', true],
    ['Tory spokesmen spoke.', 'spokesmen', false],
    ['He met Vosk, Orlak and others.', 'Vosk', false],
  ])('in %j finds a person\'s name starting at %j: %s', (text, word, expected) => {
    expect(starts(text, word)).toBe(expected);
  });

  it('finds none past the last word', () => {
    expect(startsPersonName(tokensOf('Ann Vale spoke.'), 3)).toBe(false);
  });
});
