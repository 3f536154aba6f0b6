import { countryOfEntity } from '../../src/entities/countryOfEntity';

describe('countryOfEntity', () => {
  it.each([
    [{ id: 'country:chad', type: 'Country' as const }, 'country:chad'],
    [{ id: 'organization:united-kingdom-labour-party', type: 'Organization' as const, country: 'country:united-kingdom' }, 'country:united-kingdom'],
    [{ id: 'organization:nato', type: 'Organization' as const }, undefined],
    // A town lies in a country but takes no side in its politics.
    [{ id: 'location:leeds', type: 'Location' as const, country: 'country:united-kingdom' }, undefined],
  ])('gives the country of %j as %j', (entity, expected) => {
    expect(countryOfEntity(entity)).toBe(expected);
  });
});
