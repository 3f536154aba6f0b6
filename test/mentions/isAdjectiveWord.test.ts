import { isAdjectiveWord } from '../../src/mentions/isAdjectiveWord';
import type { Token } from '../../src/text/Token';
import { tokensOf } from '../helpers/tokensOf';

describe('isAdjectiveWord', () => {
  it.each([
    ['Central defender Tom Baxter scored.', true],
    ['Outside Parliament, they met.', true],
    ['Arsenal defender Tom Baxter scored.', false],
  ])('reads the first word of %j as an adjective: %s', (text, expected) => {
    expect(isAdjectiveWord(tokensOf(text)[0] as Token)).toBe(expected);
  });
});
