import { LoaderError } from '../../src/loader/LoaderError';
import { ITEM_SEPARATOR as I, packRelationColumns, RELATION_SEPARATOR as R } from '../../src/loader/packRelationColumns';
import { type RelationColumns, toRelationColumns } from '../../src/loader/planLoad';
import type { EvidenceRow, RelationRow } from '../../src/loader/toLoadRows';

const item = (doc: string, start: number, date: string | null): EvidenceRow => ({
  key: `${doc}|${start}|${start + 10}|met-verb`,
  doc,
  sentence: `Sentence at ${start}.`,
  start,
  end: start + 10,
  rule: 'met-verb',
  reason: 'a meeting verb',
  verb: 'met',
  date,
});
const met: RelationRow = {
  key: 'person:a|MET_WITH|person:b',
  type: 'MET_WITH',
  source: 'person:a',
  target: 'person:b',
  title: null,
  topics: [],
  evidence: [item('t/0.txt', 5, '2025-11-23'), item('t/1.txt', 40, null)],
};
const role: RelationRow = { ...met, key: 'person:a|HOLDS_ROLE:Envoy|country:b', type: 'HOLDS_ROLE', target: 'country:b', title: 'Envoy', topics: ['peace plan', ''], evidence: [item('t/2.txt', 0, null)] };

// What cypher/load.cypher does with a packed column: split relations apart, then (list columns) items, dropping
// what precedes the first item.
const relationsOf = (packed: string): string[] => packed.split(R);
const listsOf = (packed: string): string[][] => relationsOf(packed).map((relation) => relation.split(I).slice(1));

describe('packRelationColumns', () => {
  const packed = packRelationColumns(toRelationColumns([met, role]));

  it('joins the relations of a plain column with U+001E', () => {
    expect([packed.keys, packed.sources, packed.targets].map(relationsOf)).toEqual([
      ['person:a|MET_WITH|person:b', 'person:a|HOLDS_ROLE:Envoy|country:b'],
      ['person:a', 'person:a'],
      ['person:b', 'country:b'],
    ]);
  });

  it.each<[keyof RelationColumns, string[][]]>([
    ['titles', [[], ['Envoy']]],
    ['topics', [[], ['peace plan', '']]],
    ['evidenceDocs', [['t/0.txt', 't/1.txt'], ['t/2.txt']]],
    ['evidenceStarts', [['5', '40'], ['0']]],
    ['evidenceDates', [['2025-11-23', ''], ['']]],
  ])('packs %s so that splitting gives back every list, empty ones and empty strings included', (column, lists) => {
    expect(listsOf(packed[column])).toEqual(lists);
  });

  it('packs every column of the batch, each into one string', () => {
    expect(Object.keys(packed).sort()).toEqual(Object.keys(toRelationColumns([met])).sort());
    expect(Object.values(packed).every((value) => typeof value === 'string')).toBe(true);
  });

  it.each([
    ['a sentence', { ...met, evidence: [{ ...item('t/0.txt', 5, null), sentence: `Odd${I}text.` }] }],
    ['an entity id', { ...met, source: `person:a${R}b` }],
    ['a topic', { ...met, topics: [`plan${R}`] }],
  ])('refuses %s holding a separator, naming the value', (_, relation) => {
    const pack = () => packRelationColumns(toRelationColumns([relation]));
    expect(pack).toThrow(LoaderError);
    expect(pack).toThrow(expect.objectContaining({ code: 'NG_LOAD_INPUT_INVALID', message: expect.stringMatching(/U\+001E or U\+001F \("[^"]*(Odd|person:a|plan)/) }));
  });
});
