import { isKnownGivenName } from '../../src/mentions/isKnownGivenName';

describe('isKnownGivenName', () => {
  it.each([
    ['marc', true],
    ['john', true],
    ['hill', false],
    ['park', false],
    ['kwong', false],
  ])('says whether compromise knows %j as a given name (%s)', (key, expected) => {
    expect(isKnownGivenName({ key })).toBe(expected);
  });
});
