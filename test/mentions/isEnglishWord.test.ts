import { isEnglishWord } from '../../src/mentions/isEnglishWord';

describe('isEnglishWord', () => {
  it.each([
    // Ordinary vocabulary, from compromise or SCOWL's common words, whatever its case in the text.
    ['sea', true],
    ['collections', true],
    ['passion', true],
    ['protection', true],
    // Names, and short words that are syllables of names as often as words.
    ['kwok', false],
    ['valeska', false],
    ['ho', false],
    ['chi', false],
  ])('says whether %j is an English word (%s)', (key, expected) => {
    expect(isEnglishWord({ key })).toBe(expected);
  });
});
