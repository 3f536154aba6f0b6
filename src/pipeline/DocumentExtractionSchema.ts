import { z } from 'zod';
import { EntitySchema } from '../entities/EntitySchema';
import { MentionSchema } from '../mentions/MentionSchema';
import { RelationSchema } from '../relations/RelationSchema';
import { UnplacedOfficeSchema } from '../relations/UnplacedOfficeSchema';

/** What newsgraph extracts from one document: one line of `newsgraph extract`. */
export const DocumentExtractionSchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  date: z.string().optional(),
  source: z.string().optional(),
  entities: z.array(EntitySchema),
  mentions: z.array(MentionSchema),
  relations: z.array(RelationSchema),
  /** Offices named with a person whose country or body the document does not tell, for the corpus to place (resolveCorpus). */
  offices: z.array(UnplacedOfficeSchema).optional(),
});

/** The extraction of one document. */
export type DocumentExtraction = z.infer<typeof DocumentExtractionSchema>;
