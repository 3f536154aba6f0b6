import { namesOrganization } from '../../src/mentions/namesOrganization';
import { tokensOf } from '../helpers/tokensOf';

function names(text: string, word: string): boolean {
  const tokens = tokensOf(text);
  return namesOrganization(tokens, tokens.findIndex((token) => token.text === word));
}

describe('namesOrganization', () => {
  it.each([
    ['The Chinese Communist Party met.', 'Communist', true],
    ['They sailed the Indian Ocean.', 'Ocean', true],
    ['The African Party for the Independence met.', 'Party', true],
    ['The Chinese Ann Vale spoke.', 'Ann', false],
    // Words of the dictionary joined by `and` to words that end in a body's head word make one name.
    ['The British Beer and Pub Association said.', 'Beer', true],
    ['The British Beer and Pub owners said.', 'Beer', false],
    // A bracketed short form after the name is no part of it.
    ['The Orlandian Democratic Movement Party (ODMP) left.', 'Democratic', true],
  ])('in %j reads the words from %j as a body\'s, a place\'s or an event\'s name: %s', (text, word, expected) => {
    expect(names(text, word)).toBe(expected);
  });
});
