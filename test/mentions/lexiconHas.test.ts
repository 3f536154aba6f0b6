import { lexiconHas } from '../../src/mentions/lexiconHas';

describe('lexiconHas', () => {
  it.each([
    // One tag, or several (a place and a proper noun).
    ['paris', ['City', 'Place'], true],
    ['everton', ['Place'], true],
    ['walked', ['Place'], false],
    ['vosk', ['Place'], false],
  ] as const)('reads the lexicon tags of %j against %j: %s', (key, tags, expected) => {
    expect(lexiconHas(key, new Set(tags))).toBe(expected);
  });
});
