import { z } from 'zod';
import { EvidenceSchema } from '../relations/EvidenceSchema';
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
  /** Distinct by `key` (`doc|start|end|rule`), in graph order; the date is null where the article has none (Neo4j lists hold no gaps). */
  evidence: z.array(EvidenceSchema.omit({ date: true }).extend({ key: z.string(), date: z.string().nullable() })),
});

/** A relationship row. */
export type RelationRow = z.infer<typeof RelationRowSchema>;
