import { z } from 'zod';
import { DocumentMetaSchema } from './DocumentMetaSchema';

/** Attributes of the graph itself: the articles it was built from. */
export const GraphAttributesSchema = z.object({
  name: z.string(),
  documents: z.array(DocumentMetaSchema),
});

/** Attributes of the whole graph. */
export type GraphAttributes = z.infer<typeof GraphAttributesSchema>;
