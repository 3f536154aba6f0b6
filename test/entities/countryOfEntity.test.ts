import { countryOfEntity } from '../../src/entities/countryOfEntity';

describe('countryOfEntity', () => {
  it.each([
    [{ id: 'country:chad', type: 'Country' as const }, 'country:chad'],
    [{ id: 'organization:united-kingdom-labour-party', type: 'Organization' as const, country: 'country:united-kingdom' }, 'country:united-kingdom'],
    [{ id: 'organization:nato', type: 'Organization' as const }, undefined],
  ])('gives the country of %j as %j', (entity, expected) => {
    expect(countryOfEntity(entity)).toBe(expected);
  });
});
