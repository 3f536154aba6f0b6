import { z } from 'zod';

const strings = z.array(z.string());
const offsets = z.array(z.number().int().nonnegative());

/**
 * One row of `mergeRelations` as sent: a list, not a map, with the evidence already as the parallel lists the
 * relationship stores (item i of each list is one evidence item; a date is '' where the article has none).
 */
export const RelationTupleSchema = z.tuple([
  /** key: the graph's edge key, `source|TYPE[:title]|target`. */
  z.string(),
  /** source entity id. */
  z.string(),
  /** target entity id. */
  z.string(),
  /** title (roles), or null. */
  z.string().nullable(),
  /** topics, an ordered set. */
  strings,
  /** evidenceKeys, `doc|start|end|rule`, distinct. */
  strings,
  /** evidenceDocs. */
  strings,
  /** evidenceSentences. */
  strings,
  /** evidenceStarts. */
  offsets,
  /** evidenceEnds. */
  offsets,
  /** evidenceRules. */
  strings,
  /** evidenceReasons. */
  strings,
  /** evidenceVerbs. */
  strings,
  /** evidenceDates. */
  strings,
]);

/** A relationship row as `mergeRelations` unwinds it. */
export type RelationTuple = z.infer<typeof RelationTupleSchema>;
