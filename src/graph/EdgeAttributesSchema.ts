import { z } from 'zod';
import { EvidenceSchema } from '../relations/EvidenceSchema';
import { RelationTypeSchema } from '../relations/RelationType';

/** Attributes of a relation edge: every (source, type, target) is one edge carrying all its evidence. */
export const EdgeAttributesSchema = z.object({
  type: RelationTypeSchema,
  /** Number of evidence items (mentions of the relation). */
  weight: z.number().int().positive(),
  /** For `HOLDS_ROLE`: the office. */
  title: z.string().optional(),
  /** Distinct topics (plans, claims) the relation was about, in order of first appearance. */
  topics: z.array(z.string()),
  evidence: z.array(EvidenceSchema).min(1),
});

/** Attributes of a relation edge. */
export type EdgeAttributes = z.infer<typeof EdgeAttributesSchema>;
