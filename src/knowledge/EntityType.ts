import { z } from 'zod';

/** The kinds of entity newsgraph puts in the graph. */
export const EntityTypeSchema = z.enum(['Person', 'Country', 'Organization', 'Location']);

/** One of `Person`, `Country`, `Organization`, `Location`. */
export type EntityType = z.infer<typeof EntityTypeSchema>;
