import { z } from 'zod';
import { EvidenceSchema } from './EvidenceSchema';
import { RelationTypeSchema } from './RelationType';

/** One stated, typed, directed relation between two entities, with its evidence. */
export const RelationSchema = z.object({
  type: RelationTypeSchema,
  /** Entity id of the actor. */
  source: z.string(),
  /** Entity id of the target. */
  target: z.string(),
  /** For `HOLDS_ROLE`: the office, e.g. `Secretary of State`. */
  title: z.string().optional(),
  /** What the relation is about when the target is a party's plan or claim, e.g. `the US-backed plan`. */
  topic: z.string().optional(),
  evidence: EvidenceSchema,
});

/** A relation found in one sentence. */
export type Relation = z.infer<typeof RelationSchema>;
