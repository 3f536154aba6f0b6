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

  it.each([
    ['Zürich', 'zurich'],
    [`${'Ministry of Foreign Affairs '.repeat(3)}of Côte d'Ivoire`, `${'ministry of foreign affairs '.repeat(3)}of cote d'ivoire`],
  ])('gives %j the same key when asked again', (input, expected) => {
    expect([normalizeKey(input), normalizeKey(input)]).toEqual([expected, expected]);
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
