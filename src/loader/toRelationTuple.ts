import type { RelationRow } from './RelationRowSchema';
import type { RelationTuple } from './RelationTupleSchema';

/**
 * A relationship row in the positional form `mergeRelations` unwinds (see RelationTupleSchema): lists are cheaper
 * than maps for the driver to encode and for the server to decode, and the evidence arrives as the parallel lists
 * the relationship stores, with '' for an unknown date (Neo4j lists cannot hold null).
 */
export function toRelationTuple(row: RelationRow): RelationTuple {
  const { evidence } = row;
  return [
    row.key,
    row.source,
    row.target,
    row.title,
    row.topics,
    evidence.map((item) => item.key),
    evidence.map((item) => item.doc),
    evidence.map((item) => item.sentence),
    evidence.map((item) => item.start),
    evidence.map((item) => item.end),
    evidence.map((item) => item.rule),
    evidence.map((item) => item.reason),
    evidence.map((item) => item.verb),
    evidence.map((item) => item.date ?? ''),
  ];
}
