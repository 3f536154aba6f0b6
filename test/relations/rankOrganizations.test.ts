import type { Entity } from '../../src/entities/EntitySchema';
import { rankOrganizations } from '../../src/relations/rankOrganizations';

const entities: Entity[] = [
  { id: 'organization:vosk-holdings', type: 'Organization', name: 'Vosk Holdings', aliases: [] },
  { id: 'organization:orlak-mining', type: 'Organization', name: 'Orlak Mining', aliases: [] },
  { id: 'organization:diet', type: 'Organization', name: 'Diet', aliases: [], country: 'country:japan' },
  { id: 'person:ann-vale', type: 'Person', name: 'Ann Vale', aliases: [] },
];

describe('rankOrganizations', () => {
  it.each([
    // Each mention counts once; people and the bodies `kind` refuses (here a state's) count not at all.
    [['organization:orlak-mining', 'organization:vosk-holdings', 'organization:vosk-holdings', 'organization:diet', 'person:ann-vale'], [['organization:vosk-holdings', 2], ['organization:orlak-mining', 1]]],
    [[], []],
  ])('ranks the organizations of no country among the mentions %j as %j', (mentioned, expected) => {
    expect(rankOrganizations(mentioned, entities, (entity) => entity.country === undefined)).toEqual(expected);
  });
});
