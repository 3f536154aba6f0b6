import { normalizeSearchText } from '../../src/explorer/normalizeSearchText';

describe('normalizeSearchText', () => {
  it.each([
    ['Marco Rubio', 'marco rubio'],
    ['  ZELENSKIY ', 'zelenskiy'],
    ['U.S.', 'u s'],
    ['Peña', 'pena'],
    ['Støre', 'støre'],
    ['person:marco-rubio', 'person marco rubio'],
    ['!!!', ''],
  ])('folds %j to %j', (text, folded) => {
    expect(normalizeSearchText(text)).toBe(folded);
  });
});
