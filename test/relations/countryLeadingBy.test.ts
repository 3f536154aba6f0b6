import { countryLeadingBy } from '../../src/relations/countryLeadingBy';

describe('countryLeadingBy', () => {
  it.each([
    // Twice all others together, and named at least three times: the article's country.
    [[['country:kenya', 6], ['country:uganda', 3]], 2, 3, 'country:kenya'],
    [[['country:kenya', 5], ['country:uganda', 3]], 2, 3, undefined],
    // A smaller lead, as the country an article leans to.
    [[['country:kenya', 5], ['country:uganda', 3], ['country:tanzania', 1]], 1.25, 4, 'country:kenya'],
    [[['country:kenya', 3], ['country:uganda', 1]], 1.25, 4, undefined],
    [[], 2, 3, undefined],
  ] as const)('reads in %j with lead %d and minimum %d the country %s', (ranked, lead, minimum, expected) => {
    expect(countryLeadingBy(ranked, lead, minimum)).toBe(expected);
  });
});
