import { formatEntityView } from '../../src/cli/formatEntityView';
import type { EntityView } from '../../src/explorer/ExplorerViews';

describe('formatEntityView', () => {
  it('prints the entity, its documents, and each relation with its evidence, document, date and reason', () => {
    const rubio = { node: 0, id: 'person:marco-rubio', name: 'Marco Rubio', type: 'Person' };
    const us = { node: 1, id: 'country:united-states', name: 'United States', type: 'Country' };
    const trump = { node: 2, id: 'person:donald-trump', name: 'Donald Trump', type: 'Person' };
    const document = { id: 'a.txt', title: 'Talks in Geneva', date: '2025-11-24T04:57:45' };
    const evidence = (sentence: string) => ({ sentence, marks: [], document, rule: 'delegation', reason: 'a leader of a delegation leads it', verb: 'led' });
    const view: EntityView = {
      ...rubio,
      aliases: ['Rubio'],
      mentions: 3,
      degree: 2,
      documents: [{ ...document, mentions: 2 }, { id: 'b.txt', mentions: 1 }],
      relations: [
        {
          type: 'LEADS_DELEGATION',
          groups: [
            {
              type: 'LEADS_DELEGATION',
              direction: 'out',
              counterpart: us,
              weight: 1,
              edges: [
                { edge: 0, key: 'k', type: 'LEADS_DELEGATION', source: rubio, target: us, weight: 1, topics: [], evidence: [evidence('Rubio led the American delegation.')] },
              ],
            },
          ],
        },
        {
          type: 'PRAISED',
          groups: [
            {
              type: 'PRAISED',
              direction: 'in',
              counterpart: trump,
              weight: 1,
              edges: [
                { edge: 1, key: 'k2', type: 'PRAISED', source: trump, target: rubio, weight: 1, topics: ['the talks'], evidence: [{ ...evidence('Trump praised Rubio.'), date: '2025-11-25' }] },
              ],
            },
          ],
        },
      ],
    };
    expect(formatEntityView(view)).toBe(
      [
        'Marco Rubio (Person, person:marco-rubio)',
        'Also named: Rubio',
        '3 mentions in 2 documents; 2 relations',
        '',
        'Documents:',
        '  - Talks in Geneva [a.txt], 2025-11-24 · 2 mentions',
        '  - b.txt · 1 mention',
        '',
        'LEADS_DELEGATION',
        '  Marco Rubio → United States (Country), 1 sentence',
        '    “Rubio led the American delegation.”',
        '      Talks in Geneva [a.txt], 2025-11-24; rule delegation: a leader of a delegation leads it',
        '',
        'PRAISED',
        '  Donald Trump → Marco Rubio (Person), 1 sentence',
        '    about: the talks',
        '    “Trump praised Rubio.”',
        '      Talks in Geneva [a.txt], 2025-11-25; rule delegation: a leader of a delegation leads it',
        '',
      ].join('\n'),
    );
  });
});
