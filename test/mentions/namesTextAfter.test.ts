import { namesTextAfter } from '../../src/mentions/namesTextAfter';
import { tokensOf } from '../helpers/tokensOf';

describe('namesTextAfter', () => {
  it.each([
    // `of` and capitalized words ending in a text's head word go on with a text's name; a body's or a place's do not.
    ['the Vosk Security of Military Information Agreement', true],
    ['the Vosk Ministry of Defence', false],
    ['the Vosk Security of the Agreement', false],
  ])('reads in "%s" whether a text\'s name goes on after the third word: %s', (text, expected) => {
    const tokens = tokensOf(text);
    expect(namesTextAfter(tokens, 3)).toBe(expected);
  });
});
