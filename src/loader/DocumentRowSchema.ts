import { z } from 'zod';
import { DocumentMetaSchema } from '../graph/DocumentMetaSchema';

/** One `:Document` row of `mergeDocuments`; null fields keep what an earlier load stored. */
export const DocumentRowSchema = DocumentMetaSchema.extend({
  title: z.string().nullable(),
  date: z.string().nullable(),
  source: z.string().nullable(),
});

/** A document row. */
export type DocumentRow = z.infer<typeof DocumentRowSchema>;
