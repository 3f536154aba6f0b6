import { namedInWords } from '../../src/mentions/namedInWords';
import { tokensOf } from '../helpers/tokensOf';

describe('namedInWords', () => {
  it.each([
    ['The British Retail Consortium said so.', 'Retail', 'Consortium'],
    ['The Kenyan Eliud Kipchoge won.', 'Eliud', undefined],
    ['The British Ann Vale spoke.', 'Ann', undefined],
    ['The British Museum opened.', 'Museum', undefined],
  ])('reads the capitalized words of %j from %j as a name in ordinary words ending at %j', (text, word, last) => {
    const tokens = tokensOf(text);
    const from = tokens.findIndex((token) => token.start === text.indexOf(word));
    const end = namedInWords(tokens, from);
    expect(end === undefined ? undefined : tokens[end]?.text).toBe(last);
  });
});
