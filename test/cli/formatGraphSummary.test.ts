import { formatGraphSummary } from '../../src/cli/formatGraphSummary';
import type { GraphSummary } from '../../src/explorer/summarizeGraph';

const entity = (node: number, name: string, type: string) => ({ node, id: `${type.toLowerCase()}:${node}`, name, type });

describe('formatGraphSummary', () => {
  it('prints counts by type (largest first), aligned rankings and the strongest edges with their office', () => {
    const summary: GraphSummary = {
      name: 'newsgraph',
      documents: 1,
      entities: 1200,
      relations: 2,
      evidence: 12,
      entityTypes: [
        { type: 'Person', count: 200 },
        { type: 'Country', count: 1000 },
      ],
      relationTypes: [{ type: 'HOLDS_ROLE', count: 2, evidence: 12 }],
      topByMentions: [
        { ...entity(0, 'Ukraine', 'Country'), mentions: 120 },
        { ...entity(1, 'Marco Rubio', 'Person'), mentions: 7 },
      ],
      topByDegree: [],
      strongestEdges: [
        { edge: 0, type: 'HOLDS_ROLE', title: 'Secretary of State', source: entity(1, 'Marco Rubio', 'Person'), target: entity(2, 'United States', 'Country'), weight: 11 },
      ],
    };
    expect(formatGraphSummary(summary)).toBe(
      [
        'newsgraph: 1 document, 1,200 entities, 2 relations from 12 evidence sentences',
        '',
        'Entities by type: Country 1000, Person 200',
        'Relations by type: HOLDS_ROLE 2 (12)',
        '',
        'Most mentioned entities (mentions):',
        '  120  Ukraine (Country)',
        '    7  Marco Rubio (Person)',
        '',
        'Most connected entities (relations):',
        '  (none)',
        '',
        'Strongest relations (evidence sentences):',
        '  11  Marco Rubio HOLDS_ROLE (Secretary of State) United States',
        '',
      ].join('\n'),
    );
  });
});
