import type { Entity } from '../../src/entities/EntitySchema';
import { withoutPassingCountries } from '../../src/entities/withoutPassingCountries';
import type { Mention } from '../../src/mentions/MentionSchema';

const spain: Entity = { id: 'country:spain', type: 'Country', name: 'Spain', aliases: [] };
const qatar: Entity = { id: 'country:qatar', type: 'Country', name: 'Qatar', aliases: [] };
const paper: Entity = { id: 'organization:el-pais', type: 'Organization', name: 'El Pais', aliases: [] };
const mention = (entity: Entity, text: string, start: number): Mention => ({ entity: entity.id, type: entity.type, text, start, end: start + text.length });

describe('withoutPassingCountries', () => {
  it.each([
    // `the Spanish newspaper El Pais`: the adjective names no Spain.
    ['an adjective alone', [mention(spain, 'Spanish', 4), mention(paper, 'El Pais', 22)], ['adjective', 'name'], [], ['organization:el-pais']],
    // `talks in Doha`: the capital is a place of Qatar.
    ['a capital alone', [mention(qatar, 'Doha', 15)], ['place'], [], ['location:doha']],
    // `Kyiv said`: a capital that speaks for the state names it.
    ['a capital that acts', [mention(qatar, 'Doha', 0)], ['name'], [], ['country:qatar']],
    // A country named outright, or tied by a relation, stays with all its mentions.
    ['its name too', [mention(spain, 'Spanish', 4), mention(spain, 'Spain', 40)], ['adjective', 'name'], [], ['country:spain', 'country:spain']],
    ['a relation', [mention(spain, 'Spanish', 4)], ['adjective'], ['country:spain'], ['country:spain']],
  ] as const)('keeps what a country named by %s leaves', (_, mentions, kinds, related, expected) => {
    const read = withoutPassingCountries([spain, qatar, paper], mentions, kinds, new Set(related));
    expect(read.mentions.map((kept) => kept.entity)).toEqual(expected);
  });

  it('makes a capital named as a place a place of its country, named as written', () => {
    const read = withoutPassingCountries([qatar], [mention(qatar, 'Doha', 15)], ['place'], new Set());
    expect(read.entities).toEqual([{ id: 'location:doha', type: 'Location', name: 'Doha', aliases: [], country: 'country:qatar' }]);
    expect(read.mentions).toEqual([{ entity: 'location:doha', type: 'Location', text: 'Doha', start: 15, end: 19 }]);
  });
});
