import { isPlaceWord } from '../../src/mentions/isPlaceWord';
import type { Token } from '../../src/text/Token';

const token = (text: string): Token => ({ text, key: text.toLowerCase(), tags: new Set(['Noun']), start: 0, end: text.length, post: ' ', pre: '', possessive: false, capitalized: true });

describe('isPlaceWord', () => {
  it.each([['Ontario'], ['Texas'], ['Scottish']])('knows %j as a place or its adjective, whatever the sentence tagged it', (word) => {
    expect(isPlaceWord(token(word))).toBe(true);
  });

  it.each([['Finance'], ['Home'], ['Environment'], ['Shadow']])('knows %j as no place', (word) => {
    expect(isPlaceWord(token(word))).toBe(false);
  });
});
