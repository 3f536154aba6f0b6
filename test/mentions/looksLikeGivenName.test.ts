import { looksLikeGivenName } from '../../src/mentions/looksLikeGivenName';
import type { Token } from '../../src/text/Token';
import { tokensOf } from '../helpers/tokensOf';

describe('looksLikeGivenName', () => {
  it.each([
    ['Ann Vale spoke.', true],
    ['Orlak Vosk spoke.', true],
    ['Table Mountain rises.', false],
    ['NATO met.', false],
  ])('reads the first word of %j as a given name: %s', (text, expected) => {
    expect(looksLikeGivenName(tokensOf(text)[0] as Token)).toBe(expected);
  });
});
