import type { DocumentExtraction } from '../../src/pipeline/DocumentExtractionSchema';
import { buildGraph } from '../../src/graph/buildGraph';

function extraction(id: string, aliases: string[], mentions: number): DocumentExtraction {
  return {
    id,
    entities: [{ id: 'person:marco-rubio', type: 'Person', name: 'Marco Rubio', aliases }],
    mentions: Array.from({ length: mentions }, (_, index) => ({
      entity: 'person:marco-rubio',
      type: 'Person' as const,
      text: 'Rubio',
      start: index * 10,
      end: index * 10 + 5,
    })),
    relations: [],
  };
}

describe('buildGraph', () => {
  it('adds up mentions, documents and aliases of an entity named in several documents', () => {
    const graph = buildGraph([extraction('a.txt', ['Rubio'], 2), extraction('b.txt', ['Secretary Rubio'], 1)]);
    expect(graph.getNodeAttributes('person:marco-rubio')).toEqual({
      name: 'Marco Rubio',
      type: 'Person',
      aliases: ['Rubio', 'Secretary Rubio'],
      mentions: 3,
      documents: [
        { id: 'a.txt', mentions: 2 },
        { id: 'b.txt', mentions: 1 },
      ],
    });
  });

  it("keeps a party's country, even when an earlier article named the party without it", () => {
    const party = { id: 'organization:ireland-labour-party', type: 'Organization' as const, name: 'Labour Party', aliases: [] };
    const graph = buildGraph([
      { id: 'a.txt', entities: [party], mentions: [], relations: [] },
      { id: 'b.txt', entities: [{ ...party, country: 'country:ireland' }], mentions: [], relations: [] },
    ]);
    expect(graph.getNodeAttribute(party.id, 'country')).toBe('country:ireland');
  });
});
