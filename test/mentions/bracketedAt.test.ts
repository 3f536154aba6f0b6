import { bracketedAt } from '../../src/mentions/bracketedAt';
import { tokensOf } from '../helpers/tokensOf';

describe('bracketedAt', () => {
  it.each([
    ['The Rapid Support Forces (RSF) attacked.', 'RSF', true],
    ['The Rapid Support Forces [RSF] attacked.', 'RSF', true],
    ['The RSF attacked.', 'RSF', false],
  ])('reads %j as opening a bracket at %j: %s', (text, word, expected) => {
    const tokens = tokensOf(text);
    expect(bracketedAt(tokens, tokens.findIndex((token) => token.text === word))).toBe(expected);
  });
});
