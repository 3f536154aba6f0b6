import { searchEntities } from '../../src/explorer/searchEntities';
import { sampleData } from './sampleData';

describe('searchEntities', () => {
  const data = sampleData();
  const search = (query: string) => searchEntities(data, query).map(({ name, kind }) => [name, kind]);

  it.each([
    ['Marco Rubio', [['Marco Rubio', 'exact']]],
    ['rubio', [['Marco Rubio', 'exact']]],
    ['marco', [['Marco Rubio', 'exact']]],
    ['U.S.', [['United States', 'exact']]],
    ['washington', [['United States', 'exact']]],
    ['unit', [['United States', 'prefix']]],
    ['rub', [['Marco Rubio', 'prefix']]],
    ['states', [['United States', 'word']]],
    ['krain', [['Ukraine', 'inside']]],
    ['Ukriane', [['Ukraine', 'near']]],
    ['Rubbio Marco', []],
    ['Marko Rubio', [['Marco Rubio', 'near']]],
    ['person:marco-rubio', [['Marco Rubio', 'exact']]],
    ['', []],
    ['zzzz', []],
  ])('finds %j as %j', (query, found) => {
    expect(search(query)).toEqual(found);
  });

  it('ranks better matches first, then the more mentioned entity, then by name', () => {
    // Both countries start with "u" and are mentioned once; Rubio (3 mentions) and the body only contain it.
    expect(searchEntities(data, 'u').map(({ name }) => name)).toEqual(['Ukraine', 'United States', 'Marco Rubio', 'AT&T <Labs> "Q" \'R\'']);
    expect(searchEntities(data, 'u', 1)).toHaveLength(1);
  });
});
