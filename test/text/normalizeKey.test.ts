import { normalizeKey } from '../../src/text/normalizeKey';
import { slugify } from '../../src/text/slugify';

describe('normalizeKey', () => {
  it.each([
    ['U.S.', 'us'],
    ["Rubio's", 'rubio'],
    ['Germany’s', 'germany'],
    ['Zürich', 'zurich'],
    ['Russia-Ukraine', 'russia ukraine'],
    ['  Marco   Rubio ', 'marco rubio'],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeKey(input)).toBe(expected);
  });
});

describe('slugify', () => {
  it.each([
    ['Marco Rubio', 'marco-rubio'],
    ["Côte d'Ivoire", 'cote-d-ivoire'],
    ['U.S. State Department', 'us-state-department'],
    ['!!!', 'unnamed'],
  ])('slugifies %j to %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});
