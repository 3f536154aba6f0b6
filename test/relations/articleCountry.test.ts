import type { Entity } from '../../src/entities/EntitySchema';
import { articleCountry } from '../../src/relations/articleCountry';

const country = (id: string, name: string): Entity => ({ id: `country:${id}`, type: 'Country', name, aliases: [] });
const body = (id: string, name: string, of: string): Entity => ({ id: `organization:${id}`, type: 'Organization', name, aliases: [], country: `country:${of}` });
const entities: Entity[] = [
  country('united-kingdom', 'United Kingdom'),
  country('france', 'France'),
  country('philippines', 'Philippines'),
  country('china', 'China'),
  country('united-states', 'United States'),
  body('labour', 'Labour Party', 'united-kingdom'),
  body('commons', 'House of Commons', 'united-kingdom'),
  body('state-department', 'State Department', 'united-states'),
  body('white-house', 'White House', 'united-states'),
];
const nameOf = (id: string) => entities.find((entity) => entity.id === id)?.name ?? id;
// `times(3, 'country:china')`: a country or body named three times.
const times = (count: number, id: string): string[] => new Array<string>(count).fill(id);

describe('articleCountry', () => {
  it.each([
    ['its parties and chambers, all of one country, the country never named', [...times(2, 'organization:labour'), 'organization:commons'], 'country:united-kingdom'],
    ['its bodies and a foreign office stated with its country (`French President X`)', ['organization:labour', 'organization:commons', 'country:france'], 'country:united-kingdom'],
    ['its bodies, outweighing another country\'s seat of government', [...times(3, 'organization:labour'), 'organization:commons', 'organization:white-house'], 'country:united-kingdom'],
    ['one country named over and over, another in passing', [...times(6, 'country:philippines'), ...times(2, 'country:china')], 'country:philippines'],
  ])('decides the country of an article that names %s', (_, mentioned, expected) => {
    expect(articleCountry(mentioned, entities, nameOf)?.country).toBe(expected);
  });

  it.each([
    ['nothing with a country', ['person:jo-bell']],
    ['a country in passing only (`exports to France`)', ['country:france']],
    ['one chamber once', ['organization:commons']],
    ['a lone foreign body in a story about two other countries', [...times(5, 'country:philippines'), ...times(4, 'country:china'), 'organization:state-department']],
    ['two countries about as often', [...times(5, 'country:philippines'), ...times(3, 'country:china')]],
    ['a leading country weighing less than twice all the others together (a foreign power pressing the home country)', [...times(8, 'country:china'), ...times(3, 'country:philippines'), 'organization:state-department']],
    ['a leading country with less than half of all the weight', [...times(4, 'country:philippines'), ...times(2, 'country:china'), ...times(2, 'country:france'), 'country:united-states']],
  ])('leaves undecided an article that names %s', (_, mentioned) => {
    expect(articleCountry(mentioned, entities, nameOf)).toBeUndefined();
  });

  it('says why, naming the bodies and the weight of the other countries', () => {
    expect(articleCountry(['organization:labour', 'organization:commons', 'country:france'], entities, nameOf)?.reason).toBe(
      'the article is about United Kingdom: it names the country or its parties and bodies (Labour Party, House of Commons) 4 times, a body counting twice, against 1 for all other countries (France 1)',
    );
  });
});
