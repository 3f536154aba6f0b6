import { describeEdge } from '../../src/explorer/describeEdge';
import { sampleData } from './sampleData';

describe('describeEdge', () => {
  const data = sampleData();
  const edgeIndex = (key: string) =>
    data.edges.findIndex((_, edge) => describeEdge(data, edge).key === key);

  it('gives the parties, type, topics and evidence of an edge, dated evidence first', () => {
    const view = describeEdge(data, edgeIndex('country:united-states|CRITICIZED|country:ukraine'));
    expect(view).toMatchObject({
      type: 'CRITICIZED',
      source: { id: 'country:united-states', name: 'United States', type: 'Country' },
      target: { id: 'country:ukraine', name: 'Ukraine', type: 'Country' },
      weight: 2,
      topics: ['the "zero gratitude" claim', 'the plan'],
    });
    expect(view.evidence.map(({ document, date }) => [document.id, date])).toEqual([
      ['a.txt', '2025-11-24'],
      ['b.txt', undefined],
    ]);
  });

  it('marks both parties where their names or aliases stand in the sentence', () => {
    const view = describeEdge(data, edgeIndex('country:united-states|CRITICIZED|country:ukraine'));
    const undated = view.evidence[1];
    expect(undated?.sentence).toBe('Washington criticized Kyiv over the plan.');
    // "Kyiv" is no alias of Ukraine in the sample: only Washington is found.
    expect(undated?.marks).toEqual([{ start: 0, end: 10, party: 'source' }]);
  });

  it('gives back the key of an edge keyed by title', () => {
    const key = 'person:marco-rubio|HOLDS_ROLE:Secretary of State|country:united-states';
    expect(describeEdge(data, edgeIndex(key))).toMatchObject({ key, title: 'Secretary of State' });
  });
});
