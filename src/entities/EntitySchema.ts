import { z } from 'zod';
import { EntityTypeSchema } from '../knowledge/EntityType';

/** A resolved entity: one node of the graph, whatever the ways the text names it. */
export const EntitySchema = z.object({
  /** Stable slug, `person:marco-rubio`, `country:united-states`. */
  id: z.string().regex(/^(person|country|organization|location):[a-z0-9]+(?:-[a-z0-9]+)*$/),
  type: EntityTypeSchema,
  /** Canonical name, without titles or possessives. */
  name: z.string().min(1),
  /** Every other surface form seen for it (sorted, without the name itself). */
  aliases: z.array(z.string()),
  /** The name the document writes where general knowledge names the entity otherwise (writtenName): the graph's name. */
  written: z.string().min(1).optional(),
  /** For a party, a state's body, or a town or region of one country: the id of its country (`country:united-kingdom`). */
  country: z.string().regex(/^country:[a-z0-9]+(?:-[a-z0-9]+)*$/).optional(),
});

/** A resolved entity. */
export type Entity = z.infer<typeof EntitySchema>;
