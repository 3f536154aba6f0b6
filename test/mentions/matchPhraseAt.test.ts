import { matchPhraseAt } from '../../src/mentions/matchPhraseAt';
import { normalizeKey } from '../../src/text/normalizeKey';
import type { Token } from '../../src/text/Token';

function tokens(text: string): Token[] {
  let start = 0;
  return text.split(' ').map((word) => {
    const token: Token = { text: word, key: normalizeKey(word), tags: new Set(), start, end: start + word.length, pre: '', post: ' ', possessive: word.endsWith("'s"), capitalized: /^[A-Z]/.test(word) };
    start += word.length + 1;
    return token;
  });
}

const index = new Map([
  ['united states', 'country'],
  ['united states of america', 'country, in full'],
  ['new york', 'city'],
  ['new york times', 'newspaper'],
  ["people's daily", 'newspaper'],
]);

describe('matchPhraseAt', () => {
  it.each([
    ['the United States of America said', 1, { length: 4, value: 'country, in full' }],
    ['the United States of Mexico said', 1, { length: 2, value: 'country' }],
    ['New York Times reporters', 0, { length: 3, value: 'newspaper' }],
    ['New York police', 0, { length: 2, value: 'city' }],
    ["New York's mayor", 0, { length: 2, value: 'city' }],
    ["People's Daily reported", 0, { length: 2, value: 'newspaper' }],
    ["People's choice", 0, undefined],
    ['New Delhi', 0, undefined],
    ['the United Nations', 1, undefined],
  ])('reads the longest phrase in "%s" at token %i', (text, at, expected) => {
    expect(matchPhraseAt(tokens(text), at, index, 4)).toEqual(expected);
  });

  it('takes the longest phrase the caller accepts', () => {
    expect(matchPhraseAt(tokens('New York Times'), 0, index, 4, (value) => value !== 'newspaper')).toEqual({ length: 2, value: 'city' });
  });
});
