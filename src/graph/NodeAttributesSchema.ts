import { z } from 'zod';
import { EntityTypeSchema } from '../knowledge/EntityType';

/** Attributes of an entity node; the node key is the entity id. */
export const NodeAttributesSchema = z.object({
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  /** For a party or a state's body: the id of its country's node (`country:united-kingdom`). */
  country: z.string().optional(),
  /** Total number of mentions across the corpus. */
  mentions: z.number().int().nonnegative(),
  /** The documents that mention it, with how often, sorted by document id. */
  documents: z.array(z.object({ id: z.string(), mentions: z.number().int().positive() })),
  /** Position from the build-time layout (layoutGraph), so viewers open the graph laid out; absent before layout. */
  x: z.number().optional(),
  y: z.number().optional(),
});

/** Attributes of an entity node. */
export type NodeAttributes = z.infer<typeof NodeAttributesSchema>;
