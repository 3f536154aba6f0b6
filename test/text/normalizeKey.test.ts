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
    ['Jonas Gahr Støre', 'jonas gahr store'],
    ['Łukasz Kamiński', 'lukasz kaminski'],
    ['Straße', 'strasse'],
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
    ['Jonas Gahr Støre', 'jonas-gahr-store'],
  ])('slugifies %j to %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});
