import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../src/graph/buildGraph';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { CypherFileError } from '../../src/loader/CypherFileError';
import { parseCypherFile } from '../../src/loader/parseCypherFile';
import { planLoad } from '../../src/loader/planLoad';
import { FIRST_ARTICLES, SECOND_ARTICLES, sampleExtractions } from './fixtures/sampleExtractions';

const statements = parseCypherFile(readFileSync(join(__dirname, '../../cypher/load.cypher'), 'utf8'), 'load.cypher');
// Rows are identified by `id` (documents, entities) or by the key opening a relation's list.
const identity = (row: object): string => (Array.isArray(row) ? String(row[0]) : 'id' in row ? String(row.id) : '');
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
    expect(Math.max(...batches.map((batch) => batch.rows.length))).toBeLessThanOrEqual(size);
    const sent = (phase: string) => batches.filter((batch) => batch.phase === phase).flatMap((batch) => batch.rows.map(identity));
    expect(sent('documents').sort()).toEqual(graph.attributes.documents.map((document) => document.id).sort());
    expect(sent('entities').sort()).toEqual(graph.nodes.map((node) => node.key).sort());
    const relations = batches.flatMap((batch) => (batch.phase === 'relations' ? batch.rows.map(([key]) => key) : []));
    expect(relations.sort()).toEqual(graph.edges.map((edge) => edge.key).sort());
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
        expect(batch.rows.every(([key]) => key.split('|')[1]?.split(':')[0] === batch.type)).toBe(true);
      }
      for (const row of batch.rows) expect(batch.cypher).not.toContain(identity(row));
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
      const rows = ofPhase.flatMap((batch) => batch.rows.map(identity));
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
    expect(() => planLoad(graph, withoutRelations, 10)).toThrow(CypherFileError);
    expect(() => planLoad(graph, withoutRelations, 10)).toThrow(/no statement named mergeRelations/);
  });
});
