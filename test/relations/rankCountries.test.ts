import type { Entity } from '../../src/entities/EntitySchema';
import { rankCountries } from '../../src/relations/rankCountries';

const entities: Entity[] = [
  { id: 'country:japan', type: 'Country', name: 'Japan', aliases: [] },
  { id: 'country:united-states', type: 'Country', name: 'United States', aliases: [] },
  { id: 'organization:diet', type: 'Organization', name: 'Diet', aliases: [], country: 'country:japan' },
  { id: 'person:ann-vale', type: 'Person', name: 'Ann Vale', aliases: [] },
];

describe('rankCountries', () => {
  it.each([
    // A country's name weighs once, each of its bodies twice; people weigh nothing.
    [['country:japan', 'organization:diet', 'country:united-states', 'person:ann-vale'], [['country:japan', 3], ['country:united-states', 1]]],
    [['country:united-states', 'country:united-states', 'country:japan'], [['country:united-states', 2], ['country:japan', 1]]],
    [[], []],
  ])('weighs the countries of the mentions %j as %j', (mentioned, expected) => {
    expect(rankCountries(mentioned, entities)).toEqual(expected);
  });
});
