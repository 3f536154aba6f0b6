import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../src/graph/buildGraph';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { parseCypherFile } from '../../src/loader/parseCypherFile';
import { batchLength, batchRows, type LoadBatch, planLoad, toRelationColumns } from '../../src/loader/planLoad';
import type { RelationRow } from '../../src/loader/toLoadRows';
import { FIRST_ARTICLES, SECOND_ARTICLES, sampleExtractions } from './fixtures/sampleExtractions';

const statements = parseCypherFile(readFileSync(join(__dirname, '../../cypher/load.cypher'), 'utf8'), 'load.cypher');
// Rows are identified by `id` (documents, entities) or by their key (relations).
const identities = (batch: LoadBatch): string[] => (batch.phase === 'relations' ? batch.columns.keys : batch.rows.map((row) => row.id));
const graph = buildGraph(sampleExtractions('t', [...FIRST_ARTICLES, ...SECOND_ARTICLES])).export() as SerializedGraph;

describe('planLoad', () => {
  it('loads documents, then entities type by type, then relations type by type', () => {
    const steps = planLoad(graph, statements, 1000).map((batch) =>
      batch.phase === 'entities' ? `entities:${batch.label}` : batch.phase === 'relations' ? `relations:${batch.type}` : batch.phase,
    );
    expect(steps).toEqual([
      'documents',
      'entities:Person',
      'entities:Country',
      'entities:Organization',
      'entities:Location',
      'relations:LEADS_DELEGATION',
      'relations:HOLDS_ROLE',
      'relations:MEMBER_OF',
      'relations:CRITICIZED',
      'relations:REJECTED',
      'relations:ATTACKED',
      'relations:PRAISED',
      'relations:MET_WITH',
    ]);
  });

  it.each([1, 2, 3, 1000])('sends every node and edge exactly once in batches of at most %i rows', (size) => {
    const batches = planLoad(graph, statements, size);
    expect(Math.max(...batches.map(batchLength))).toBeLessThanOrEqual(size);
    const sent = (phase: string) => batches.filter((batch) => batch.phase === phase).flatMap(identities);
    expect(sent('documents').sort()).toEqual(graph.attributes.documents.map((document) => document.id).sort());
    expect(sent('entities').sort()).toEqual(graph.nodes.map((node) => node.key).sort());
    expect(sent('relations').sort()).toEqual(graph.edges.map((edge) => edge.key).sort());
  });

  it('pastes into each statement only the label or type of its rows, and no value', () => {
    for (const batch of planLoad(graph, statements, 2)) {
      expect(batch.cypher).not.toMatch(/\{\{/);
      if (batch.phase === 'entities') {
        expect(batch.cypher).toContain(`SET entity:${batch.label}\n`);
        expect(batch.rows.every((row) => row.type === batch.label)).toBe(true);
      }
      if (batch.phase === 'relations') {
        expect(batch.cypher).toContain(`MERGE (source)-[relation:${batch.type} {key: key}]->(target)`);
        // The type sits in the edge key: source|TYPE|target, or source|TYPE:title|target.
        expect(batch.columns.keys.every((key) => key.split('|')[1]?.split(':')[0] === batch.type)).toBe(true);
      }
      for (const id of identities(batch)) expect(batch.cypher).not.toContain(id);
    }
  });

  it('gives the batches of a phase disjoint rows and statements that write only their row, so they can run at once', () => {
    const batches = planLoad(graph, statements, 2);
    // What a statement writes: `x.property =`, `x +=` and `SET x:Label`, comments left out.
    const written = (cypher: string) =>
      [...new Set([...cypher.replace(/\/\/.*$/gm, '').matchAll(/(\w+)\.\w+\s*=(?!=)|(\w+)\s*\+=|\bSET\s+(\w+):/g)].map((match) => match.slice(1).join('')))].sort();
    const expected = { documents: ['document'], entities: ['entity', 'mentioned'], relations: ['relation'] };
    for (const phase of ['documents', 'entities', 'relations'] as const) {
      const ofPhase = batches.filter((batch) => batch.phase === phase);
      const rows = ofPhase.flatMap(identities);
      expect(new Set(rows).size).toBe(rows.length);
      // The document, the entity and its own MENTIONED_IN links, the relationship: each row's own.
      for (const batch of ofPhase) expect(written(batch.cypher)).toEqual(expected[phase]);
    }
  });

  it('plans the same batches every time, so an interrupted load can be replayed', () => {
    expect(planLoad(graph, statements, 2)).toEqual(planLoad(graph, statements, 2));
  });

  it('plans nothing to send for an empty graph', () => {
    const empty: SerializedGraph = { options: {}, attributes: { name: 'g', documents: [] }, nodes: [], edges: [] };
    expect(planLoad(empty, statements, 10)).toEqual([]);
  });

  it('names the missing statement when load.cypher lacks one', () => {
    const withoutRelations = statements.filter((statement) => statement.name !== 'mergeRelations');
    expect(() => planLoad(graph, withoutRelations, 10)).toThrow(expect.objectContaining({ code: 'NG_CYPHER_INVALID' }));
    expect(() => planLoad(graph, withoutRelations, 10)).toThrow(/no statement named mergeRelations/);
  });
});

describe('batchRows', () => {
  it.each([
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [[1, 2, 3, 4], 2, [[1, 2], [3, 4]]],
    [[1, 2], 1000, [[1, 2]]],
    [[], 3, []],
  ])('splits %j into batches of %i', (rows, size, expected) => {
    expect(batchRows(rows, size)).toEqual(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a batch size of %p', (size) => {
    expect(() => batchRows([1], size)).toThrow(expect.objectContaining({ code: 'NG_LOAD_OPTIONS_INVALID' }));
  });
});

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

const relation: RelationRow = {
  key: 'person:a|PRAISED|person:b',
  type: 'PRAISED',
  source: 'person:a',
  target: 'person:b',
  title: null,
  topics: ['peace plan'],
  evidence: [item('t/000.txt', 5, '2025-11-23'), item('t/001.txt', 40, null)],
};

describe('toRelationColumns', () => {
  it('lays rows out as mergeRelations unwinds them: one list per field, evidence as one list per relation', () => {
    const role = { ...relation, key: 'person:a|HOLDS_ROLE:Envoy|country:b', type: 'HOLDS_ROLE' as const, target: 'country:b', title: 'Envoy', topics: [], evidence: [item('t/002.txt', 0, null)] };
    expect(toRelationColumns([relation, role])).toEqual({
      keys: ['person:a|PRAISED|person:b', 'person:a|HOLDS_ROLE:Envoy|country:b'],
      sources: ['person:a', 'person:a'],
      targets: ['person:b', 'country:b'],
      titles: [null, 'Envoy'],
      topics: [['peace plan'], []],
      evidenceKeys: [['t/000.txt|5|15|praised-verb', 't/001.txt|40|50|praised-verb'], ['t/002.txt|0|10|praised-verb']],
      evidenceDocs: [['t/000.txt', 't/001.txt'], ['t/002.txt']],
      evidenceSentences: [['Sentence at 5.', 'Sentence at 40.'], ['Sentence at 0.']],
      evidenceStarts: [[5, 40], [0]],
      evidenceEnds: [[15, 50], [10]],
      evidenceRules: [['praised-verb', 'praised-verb'], ['praised-verb']],
      evidenceReasons: [['a praise verb between two parties', 'a praise verb between two parties'], ['a praise verb between two parties']],
      evidenceVerbs: [['praised', 'praised'], ['praised']],
      evidenceDates: [['2025-11-23', ''], ['']],
    });
  });

  it('gives every parameter mergeRelations names, and no other', () => {
    const merge = statements.find((statement) => statement.name === 'mergeRelations');
    expect(Object.keys(toRelationColumns([relation])).sort()).toEqual([...(merge?.parameters ?? [])].sort());
  });
});
