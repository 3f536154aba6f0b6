import type { RelationRow } from '../../src/loader/RelationRowSchema';
import { RelationTupleSchema } from '../../src/loader/RelationTupleSchema';
import { toRelationTuple } from '../../src/loader/toRelationTuple';

const item = (doc: string, start: number, date: string | null) => ({
  key: `${doc}|${start}|${start + 10}|praised-verb`,
  doc,
  sentence: `Sentence at ${start}.`,
  start,
  end: start + 10,
  rule: 'praised-verb',
  reason: 'a praise verb between two parties',
  verb: 'praised',
  date,
});

const row: RelationRow = {
  key: 'person:a|PRAISED|person:b',
  type: 'PRAISED',
  source: 'person:a',
  target: 'person:b',
  title: null,
  topics: ['peace plan'],
  evidence: [item('t/000.txt', 5, '2025-11-23'), item('t/001.txt', 40, null)],
};

describe('toRelationTuple', () => {
  it('lays a row out as mergeRelations unwinds it: identity, title, topics, then one parallel list per evidence field', () => {
    expect(toRelationTuple(row)).toEqual([
      'person:a|PRAISED|person:b',
      'person:a',
      'person:b',
      null,
      ['peace plan'],
      ['t/000.txt|5|15|praised-verb', 't/001.txt|40|50|praised-verb'],
      ['t/000.txt', 't/001.txt'],
      ['Sentence at 5.', 'Sentence at 40.'],
      [5, 40],
      [15, 50],
      ['praised-verb', 'praised-verb'],
      ['a praise verb between two parties', 'a praise verb between two parties'],
      ['praised', 'praised'],
      ['2025-11-23', ''],
    ]);
  });

  it.each([
    ['a role with its title', { ...row, type: 'HOLDS_ROLE' as const, title: 'Secretary of State', key: 'person:a|HOLDS_ROLE:Secretary of State|country:b' }],
    ['an edge whose articles have no date', { ...row, evidence: [item('t/002.txt', 0, null)] }],
  ])('gives a list RelationTupleSchema accepts for %s', (_name, input) => {
    expect(RelationTupleSchema.safeParse(toRelationTuple(input)).success).toBe(true);
  });
});
