import { isPluralPossessive } from '../../src/mentions/isPluralPossessive';
import { tokensOf } from '../helpers/tokensOf';

describe('isPluralPossessive', () => {
  it.each([
    ["The Drivers' Association met.", 'Drivers', true],
    // A plural not made with -s takes `'s`.
    ["The Vosk Children's Trust met.", 'Children', true],
    ["The Women's Institute met.", 'Women', true],
    ["Ann Vale's party met.", 'Vale', false],
    ['The Drivers met.', 'Drivers', false],
  ])('reads the word %j … %j as a plural\'s possessive: %s', (text, word, expected) => {
    const token = tokensOf(text).find((candidate) => candidate.start === text.indexOf(word));
    expect(token).toBeDefined();
    expect(isPluralPossessive(token as NonNullable<typeof token>)).toBe(expected);
  });
});
