import { describeEntity } from '../../src/explorer/describeEntity';
import { nodeIndex, sampleData } from './sampleData';

describe('describeEntity', () => {
  const data = sampleData();

  it('gives the name, type, aliases, mentions and the documents naming the entity, most mentions first', () => {
    const view = describeEntity(data, nodeIndex(data, 'person:marco-rubio'));
    expect(view).toMatchObject({
      id: 'person:marco-rubio',
      name: 'Marco Rubio',
      type: 'Person',
      aliases: ['Marco', 'Rubio', 'Secretary Rubio'],
      mentions: 3,
      degree: 1,
    });
    expect(view.documents).toEqual([
      { id: 'a.txt', title: 'Talks in <Geneva> & "progress"', date: '2025-11-24', source: 'seeds/a.txt', mentions: 2 },
      { id: 'b.txt', mentions: 1 },
    ]);
  });

  it('groups relations by type in vocabulary order, then by counterpart and direction', () => {
    const view = describeEntity(data, nodeIndex(data, 'country:ukraine'));
    expect(view.relations.map(({ type, groups }) => [type, groups.map((group) => [group.direction, group.counterpart.name, group.weight])])).toEqual([
      ['CRITICIZED', [['in', 'United States', 2]]],
      ['PRESSURED', [['in', 'United States', 1]]],
    ]);
  });

  it('gives every evidence sentence of a relation with its document, date, rule and reason, and both parties marked', () => {
    const [relation] = describeEntity(data, nodeIndex(data, 'person:marco-rubio')).relations;
    const [edge] = relation?.groups[0]?.edges ?? [];
    expect(relation?.type).toBe('HOLDS_ROLE');
    expect(edge?.title).toBe('Secretary of State');
    expect(edge?.evidence).toEqual([
      {
        sentence: 'US Secretary of State Marco Rubio said so.',
        marks: [
          { start: 0, end: 2, party: 'target' },
          { start: 22, end: 33, party: 'source' },
        ],
        document: { id: 'a.txt', title: 'Talks in <Geneva> & "progress"', date: '2025-11-24', source: 'seeds/a.txt' },
        date: '2025-11-24',
        rule: 'rule-Secretary of State',
        reason: '"Secretary of State" states it',
        verb: 'Secretary of State',
      },
    ]);
  });

  it('says an entity without relations has none', () => {
    expect(describeEntity(data, nodeIndex(data, 'organization:at-t')).relations).toEqual([]);
  });
});
