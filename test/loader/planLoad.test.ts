import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../src/graph/buildGraph';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { CypherFileError } from '../../src/loader/CypherFileError';
import { parseCypherFile } from '../../src/loader/parseCypherFile';
import { planLoad } from '../../src/loader/planLoad';
import { FIRST_ARTICLES, SECOND_ARTICLES, sampleExtractions } from './fixtures/sampleExtractions';

const statements = parseCypherFile(readFileSync(join(__dirname, '../../cypher/load.cypher'), 'utf8'), 'load.cypher');
// Rows are identified by `id` (documents, entities) or `key` (relations).
const identity = (row: object): string => ('key' in row ? String(row.key) : 'id' in row ? String(row.id) : '');
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
      'entities:Location',
      'relations:LEADS_DELEGATION',
      'relations:HOLDS_ROLE',
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
    const relations = batches.flatMap((batch) => (batch.phase === 'relations' ? batch.rows.map((row) => row.key) : []));
    expect(relations.sort()).toEqual(graph.edges.map((edge) => edge.key).sort());
  });

  it('pastes into each statement only the label or type of its rows, and no value', () => {
    for (const batch of planLoad(graph, statements, 2)) {
      expect(batch.cypher).not.toMatch(/\{\{/);
      if (batch.phase === 'entities') {
        expect(batch.cypher).toContain(`SET entity:${batch.label},`);
        expect(batch.rows.every((row) => row.type === batch.label)).toBe(true);
      }
      if (batch.phase === 'relations') {
        expect(batch.cypher).toContain(`MERGE (source)-[relation:${batch.type} {key: row.key}]->(target)`);
        expect(batch.rows.every((row) => row.type === batch.type)).toBe(true);
      }
      for (const row of batch.rows) expect(batch.cypher).not.toContain(identity(row));
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
