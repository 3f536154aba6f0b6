import { z } from 'zod';
import { RelationTypeSchema } from '../relations/RelationType';

/** One relationship row of `mergeRelations`: an edge's identity, topics and evidence items (each with its key). */
export const RelationRowSchema = z.object({
  /** The graph's edge key, `source|TYPE[:title]|target`: relationships merge on it. */
  key: z.string(),
  type: RelationTypeSchema,
  source: z.string(),
  target: z.string(),
  title: z.string().nullable(),
  topics: z.array(z.string()),
  /** Distinct by `key` (`doc|start|end|rule`), in graph order. */
  evidence: z.array(
    z.object({
      key: z.string(),
      doc: z.string(),
      sentence: z.string(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      rule: z.string(),
      reason: z.string(),
      verb: z.string(),
      date: z.string().nullable(),
    }),
  ),
});

/** A relationship row. */
export type RelationRow = z.infer<typeof RelationRowSchema>;
