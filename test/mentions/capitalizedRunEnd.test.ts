import { capitalizedRunEnd } from '../../src/mentions/capitalizedRunEnd';
import { tokensOf } from '../helpers/tokensOf';

describe('capitalizedRunEnd', () => {
  it.each([
    ['The British Retail Consortium said so.', 'British', 'Consortium'],
    ['The Vela Movement Party (VMP) left.', 'Vela', 'Party'],
    ['Ann Vale, Tom Baxter and others met.', 'Ann', 'Vale'],
  ])('in %j reads the capitalized words from %j to %j', (text, word, last) => {
    const tokens = tokensOf(text);
    const end = capitalizedRunEnd(tokens, tokens.findIndex((token) => token.text === word));
    expect(tokens[end]?.text).toBe(last);
  });
});
