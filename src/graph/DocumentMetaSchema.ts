import { z } from 'zod';

/** What the graph keeps of each article: everything but its text. */
export const DocumentMetaSchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  date: z.string().optional(),
  source: z.string().optional(),
});

/** Metadata of one article in the graph. */
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;
