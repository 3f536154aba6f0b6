import { summarizeGraph } from '../../src/explorer/summarizeGraph';
import { sampleData } from './sampleData';

describe('summarizeGraph', () => {
  const summary = summarizeGraph(sampleData(), 2);

  it('counts documents, entities, relations and evidence, by type', () => {
    expect(summary).toMatchObject({
      name: 'newsgraph',
      documents: 2,
      entities: 5,
      relations: 3,
      evidence: 4,
      entityTypes: [
        { type: 'Person', count: 1 },
        { type: 'Country', count: 2 },
        { type: 'Organization', count: 2 },
      ],
      relationTypes: [
        { type: 'HOLDS_ROLE', count: 1, evidence: 1 },
        { type: 'CRITICIZED', count: 1, evidence: 2 },
        { type: 'PRESSURED', count: 1, evidence: 1 },
      ],
    });
  });

  it('ranks the top entities by mentions and by relations, and the edges by evidence, ties by name', () => {
    expect(summary.topByMentions.map(({ name, mentions }) => [name, mentions])).toEqual([
      ['Marco Rubio', 3],
      ['Servant of the People', 1],
    ]);
    expect(summary.topByDegree.map(({ name, degree }) => [name, degree])).toEqual([
      ['United States', 3],
      ['Ukraine', 2],
    ]);
    expect(summary.strongestEdges.map(({ source, type, target, weight }) => [source.name, type, target.name, weight])).toEqual([
      ['United States', 'CRITICIZED', 'Ukraine', 2],
      ['Marco Rubio', 'HOLDS_ROLE', 'United States', 1],
    ]);
  });
});
