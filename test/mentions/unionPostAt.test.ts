import { unionPostAt } from '../../src/mentions/unionPostAt';
import { tokensOf } from '../helpers/tokensOf';

describe('unionPostAt', () => {
  it.each([
    ['Orla general secretary Tom Baxter spoke.', true],
    ['Orla deputy general secretary Ann Vale spoke.', true],
    // No name after the post, or a capitalized title of its own.
    ['Orla general secretary resigned.', false],
    ['Orla General Secretary Tom Baxter spoke.', false],
  ])('in %j finds a general secretary\'s post and a person\'s name after the first word: %s', (text, expected) => {
    expect(unionPostAt(tokensOf(text), 1)).toBe(expected);
  });

  it.each([
    // After the body's possessive the name may stand in apposition; not after a plain word.
    ["Orla's general secretary, Tom Baxter, spoke.", true, true],
    ['Orla general secretary, Tom Baxter, spoke.', false, false],
  ])('in %j (a possessive before: %s) finds a general secretary\'s post and a person in apposition: %s', (text, possessed, expected) => {
    expect(unionPostAt(tokensOf(text), 1, possessed)).toBe(expected);
  });
});
