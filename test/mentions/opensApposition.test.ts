import { opensApposition } from '../../src/mentions/opensApposition';
import { tokensOf } from '../helpers/tokensOf';

describe('opensApposition', () => {
  it.each([
    ['Vosk Kessel, the catering company, spoke.', true],
    ['Ann Vale, a professor of history, spoke.', true],
    // No article after the comma, or the name after a preposition.
    ['Ann Vale, who spoke, left.', false],
    ['In Ann Vale, a city official said so.', false],
  ])('reads an apposition opening after the first two words of %j: %s', (text, expected) => {
    const tokens = tokensOf(text);
    const first = ['In'].includes(tokens[0]?.text ?? '') ? 1 : 0;
    expect(opensApposition(tokens, first, first + 1)).toBe(expected);
  });
});
