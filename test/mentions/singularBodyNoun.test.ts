import { singularBodyNoun } from '../../src/mentions/singularBodyNoun';

describe('singularBodyNoun', () => {
  it.each([
    ['union', 'union'],
    ['agencies', 'agency'],
    ['teams', 'team'],
    ['officials', undefined],
    ['party', 'party'],
  ])('reads %j as the body noun %j', (key, expected) => {
    expect(singularBodyNoun(key)).toBe(expected);
  });
});
