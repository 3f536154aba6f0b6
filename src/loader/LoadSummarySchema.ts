import { z } from 'zod';

const TallySchema = z.object({
  /** Rows sent (each merges one node or relationship). */
  rows: z.number().int().nonnegative(),
  /** How many of them created it; the others matched one already there. */
  created: z.number().int().nonnegative(),
});

/** What a load did: per kind of node and relationship, how many were created and how many matched. */
export const LoadSummarySchema = z.object({
  batches: z.number().int().nonnegative(),
  documents: TallySchema,
  entities: TallySchema,
  /** `MENTIONED_IN` relationships. */
  mentions: TallySchema,
  /** Relation relationships (`CRITICIZED`, `HOLDS_ROLE`, ...). */
  relations: TallySchema,
});

/** The summary of one load. */
export type LoadSummary = z.infer<typeof LoadSummarySchema>;
