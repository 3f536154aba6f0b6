import { z } from 'zod';

/** What one write transaction changed, from the server's own counters. */
export const WriteCountersSchema = z.object({
  nodesCreated: z.number().int().nonnegative(),
  relationshipsCreated: z.number().int().nonnegative(),
});

/** Counters of one write. */
export type WriteCounters = z.infer<typeof WriteCountersSchema>;
