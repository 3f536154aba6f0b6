import { isRomanizedSyllable } from '../../src/mentions/isRomanizedSyllable';

describe('isRomanizedSyllable', () => {
  it.each([
    ['Jong', true],
    ['un', true],
    ['cheung', true],
    ['Hsien', true],
    ['yeol', true],
    ['era', false],
    ['backed', false],
    ['Trump', false],
    ['style', false],
  ])('reads "%s" as a name syllable: %s', (word, expected) => {
    expect(isRomanizedSyllable(word)).toBe(expected);
  });
});
