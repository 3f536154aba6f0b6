import { clubPostAt } from '../../src/mentions/clubPostAt';
import { tokensOf } from '../helpers/tokensOf';

describe('clubPostAt', () => {
  it.each([
    ['Orla chairman Tom Baxter spoke.', true],
    ['Orla chief executive Ann Vale spoke.', true],
    ['Orla striker Tom Baxter scored.', true],
    // No person's name after the post, a capitalized office, or a post no club gives.
    ['Orla chairman resigned.', false],
    ['Orla Mayor Tom Baxter spoke.', false],
    ['Orla residents Tom and Ann spoke.', false],
  ])('in %j finds a club\'s or firm\'s post and a person\'s name after the first word: %s', (text, expected) => {
    expect(clubPostAt(tokensOf(text), 1)).toBe(expected);
  });
});
