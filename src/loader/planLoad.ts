import { EntityTypeSchema } from '../knowledge/EntityType';
import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import { RELATION_TYPES } from '../relations/RelationType';
import { batchRows } from './batchRows';
import type { CypherStatement } from './CypherStatementSchema';
import { fillCypherTemplate } from './fillCypherTemplate';
import { findStatement } from './findStatement';
import type { LoadBatch } from './LoadBatch';
import { toDocumentRows } from './toDocumentRows';
import { toEntityRows } from './toEntityRows';
import { toRelationRows } from './toRelationRows';
import { toRelationTuple } from './toRelationTuple';

const FILE = 'cypher/load.cypher';

/**
 * Turns a graph into the ordered transactions that load it: documents, then entities type by type (with their
 * MENTIONED_IN links), then relations type by type (as RelationTuple lists), each in batches of at most `batchSize`
 * rows. Every document, entity and relation is one row of exactly one batch, so batches of one phase never write the
 * same node or relationship. The order is deterministic, so a load interrupted after some batches and run again
 * replays exactly the same batches.
 */
export function planLoad(graph: SerializedGraph, statements: readonly CypherStatement[], batchSize: number): LoadBatch[] {
  const documents = findStatement(statements, 'mergeDocuments', FILE);
  const entities = findStatement(statements, 'mergeEntities', FILE);
  const relations = findStatement(statements, 'mergeRelations', FILE);
  const batches: LoadBatch[] = [];
  const documentsCypher = fillCypherTemplate(documents, {}, FILE);
  for (const rows of batchRows(toDocumentRows(graph), batchSize)) batches.push({ phase: 'documents', cypher: documentsCypher, rows });
  const entityRows = toEntityRows(graph);
  for (const label of EntityTypeSchema.options) {
    const ofLabel = entityRows.filter((row) => row.type === label);
    if (ofLabel.length === 0) continue;
    const cypher = fillCypherTemplate(entities, { label }, FILE);
    for (const rows of batchRows(ofLabel, batchSize)) batches.push({ phase: 'entities', label, cypher, rows });
  }
  const relationRows = toRelationRows(graph);
  for (const type of RELATION_TYPES) {
    const ofType = relationRows.filter((row) => row.type === type).map(toRelationTuple);
    if (ofType.length === 0) continue;
    const cypher = fillCypherTemplate(relations, { type }, FILE);
    for (const rows of batchRows(ofType, batchSize)) batches.push({ phase: 'relations', type, cypher, rows });
  }
  return batches;
}
