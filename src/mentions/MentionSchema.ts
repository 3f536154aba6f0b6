import { z } from 'zod';
import { EntityTypeSchema } from '../knowledge/EntityType';

/** One place where a document names an entity; offsets are UTF-16 indices into the text as read. */
export const MentionSchema = z.object({
  /** Id of the entity the mention resolves to. */
  entity: z.string(),
  type: EntityTypeSchema,
  /** The text exactly as it stands between `start` and `end` in the original document. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** A mention of an entity in a document. */
export type Mention = z.infer<typeof MentionSchema>;
