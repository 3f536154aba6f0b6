import { z } from 'zod';
import { EvidenceSchema } from './EvidenceSchema';

/**
 * An office a document names a person with but does not say whose it is (`President Bush`, or `Home Secretary X` in
 * an article whose country is undecided): the corpus places it when it states the same person's same office elsewhere.
 */
export const UnplacedOfficeSchema = z.object({
  /** Entity id of the person. */
  source: z.string(),
  /** The office, e.g. `President`. */
  title: z.string(),
  evidence: EvidenceSchema,
});

/** An office named with a person, held for a country or body the document does not tell. */
export type UnplacedOffice = z.infer<typeof UnplacedOfficeSchema>;
