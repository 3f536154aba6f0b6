import { z } from 'zod';

/** The closed default vocabulary of relation types (user rule files may only use these). */
export const RelationTypeSchema = z.enum([
  'LEADS_DELEGATION',
  'HOLDS_ROLE',
  'MEMBER_OF',
  'CRITICIZED',
  'REJECTED',
  'PRESSURED',
  'THREATENED',
  'ATTACKED',
  'SANCTIONED',
  'PRAISED',
  'SUPPORTED',
  'MET_WITH',
  'NEGOTIATED_WITH',
]);

/** A relation type such as `CRITICIZED`. */
export type RelationType = z.infer<typeof RelationTypeSchema>;

/** Every relation type, in vocabulary order. */
export const RELATION_TYPES: readonly RelationType[] = RelationTypeSchema.options;
