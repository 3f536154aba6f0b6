import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import { type EntityType, EntityTypeSchema } from '../knowledge/EntityType';
import { RELATION_TYPES, type RelationType } from '../relations/RelationType';
import { fillCypherTemplate } from './fillCypherTemplate';
import { LoaderError } from './LoaderError';
import { type CypherStatement, findStatement } from './parseCypherFile';
import { type DocumentRow, type EntityRow, type EvidenceRow, type RelationRow, toLoadRows } from './toLoadRows';

/**
 * How a relationship stores its evidence: one list property per field, item i of each being one evidence item
 * (properties cannot hold maps). These names are the properties' and the parameters' of `mergeRelations`, so the
 * order of the fields is written nowhere: each list is matched by name.
 */
export interface StoredEvidence {
  /** `doc|start|end|rule`, distinct: the identity that keeps a reload from adding an item twice. */
  evidenceKeys: string[];
  evidenceDocs: string[];
  evidenceSentences: string[];
  evidenceStarts: number[];
  evidenceEnds: number[];
  evidenceRules: string[];
  evidenceReasons: string[];
  evidenceVerbs: string[];
  /** '' where the article has no date (lists cannot hold null). */
  evidenceDates: string[];
}

/**
 * A batch of relations: one list per field, item i of each being relation i; `mergeRelations` reads them packed,
 * each column one string (packRelationColumns).
 */
export type RelationColumns = {
  keys: string[];
  sources: string[];
  targets: string[];
  titles: (string | null)[];
  topics: string[][];
} & { [Field in keyof StoredEvidence]: StoredEvidence[Field][] };

/** One transaction of a load: a filled statement of cypher/load.cypher and the rows (or columns) it unwinds. */
export type LoadBatch =
  | { phase: 'documents'; cypher: string; rows: DocumentRow[] }
  | { phase: 'entities'; label: EntityType; cypher: string; rows: EntityRow[] }
  | { phase: 'relations'; type: RelationType; cypher: string; columns: RelationColumns };

const FILE = 'cypher/load.cypher';

/**
 * Turns a graph into the ordered transactions that load it: documents, then entities type by type (with their
 * MENTIONED_IN links), then relations type by type (as RelationColumns), each in batches of at most `batchSize`
 * rows. Every document, entity and relation is one row of exactly one batch, so batches of one phase never write the
 * same node or relationship. The order is deterministic, so a load interrupted after some batches and run again
 * replays exactly the same batches.
 */
export function planLoad(graph: SerializedGraph, statements: readonly CypherStatement[], batchSize: number): LoadBatch[] {
  const documents = findStatement(statements, 'mergeDocuments', FILE);
  const entities = findStatement(statements, 'mergeEntities', FILE);
  const relations = findStatement(statements, 'mergeRelations', FILE);
  const rows = toLoadRows(graph);
  const batches: LoadBatch[] = [];
  const documentsCypher = fillCypherTemplate(documents, {}, FILE);
  for (const batch of batchRows(rows.documents, batchSize)) batches.push({ phase: 'documents', cypher: documentsCypher, rows: batch });
  for (const label of EntityTypeSchema.options) {
    const ofLabel = rows.entities.filter((row) => row.type === label);
    if (ofLabel.length === 0) continue;
    const cypher = fillCypherTemplate(entities, { label }, FILE);
    for (const batch of batchRows(ofLabel, batchSize)) batches.push({ phase: 'entities', label, cypher, rows: batch });
  }
  for (const type of RELATION_TYPES) {
    const ofType = rows.relations.filter((row) => row.type === type);
    if (ofType.length === 0) continue;
    const cypher = fillCypherTemplate(relations, { type }, FILE);
    for (const batch of batchRows(ofType, batchSize)) batches.push({ phase: 'relations', type, cypher, columns: toRelationColumns(batch) });
  }
  return batches;
}

/** How many rows a batch writes (documents, entities or relations). */
export function batchLength(batch: LoadBatch): number {
  return batch.phase === 'relations' ? batch.columns.keys.length : batch.rows.length;
}

/** Splits rows into consecutive batches of at most `size` rows (one transaction each). */
export function batchRows<T>(rows: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) {
    throw new LoaderError('NG_LOAD_OPTIONS_INVALID', `batch size ${size} is not a positive whole number`, 'give --batch-size 1000, for example');
  }
  const batches: T[][] = [];
  for (let start = 0; start < rows.length; start += size) batches.push(rows.slice(start, start + size));
  return batches;
}

/** Relation rows as the columns `mergeRelations` unwinds. */
export function toRelationColumns(rows: readonly RelationRow[]): RelationColumns {
  const evidence = <T>(pick: (item: EvidenceRow) => T): T[][] => rows.map((row) => row.evidence.map(pick));
  return {
    keys: rows.map((row) => row.key),
    sources: rows.map((row) => row.source),
    targets: rows.map((row) => row.target),
    titles: rows.map((row) => row.title),
    topics: rows.map((row) => row.topics),
    evidenceKeys: evidence((item) => item.key),
    evidenceDocs: evidence((item) => item.doc),
    evidenceSentences: evidence((item) => item.sentence),
    evidenceStarts: evidence((item) => item.start),
    evidenceEnds: evidence((item) => item.end),
    evidenceRules: evidence((item) => item.rule),
    evidenceReasons: evidence((item) => item.reason),
    evidenceVerbs: evidence((item) => item.verb),
    evidenceDates: evidence((item) => item.date ?? ''),
  };
}
