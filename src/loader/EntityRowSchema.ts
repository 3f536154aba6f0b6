import { z } from 'zod';
import { EntityTypeSchema } from '../knowledge/EntityType';

/** One `:Entity` row of `mergeEntities`, with how often each document mentions it (its `MENTIONED_IN` links). */
export const EntityRowSchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  /** Sorted, distinct, without the name. */
  aliases: z.array(z.string()),
  /** The id of its country (parties, a state's bodies), or null. */
  country: z.string().nullable(),
  /** One per document, sorted by id; `count` is positive. */
  documents: z.array(z.object({ id: z.string(), count: z.number().int().positive() })),
});

/** An entity row. */
export type EntityRow = z.infer<typeof EntityRowSchema>;
