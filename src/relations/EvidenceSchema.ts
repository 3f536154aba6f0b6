import { z } from 'zod';

/** Why one relation exists: where it was stated and which rule read it. */
export const EvidenceSchema = z.object({
  /** Document id. */
  doc: z.string(),
  /** The sentence, cleaned for reading (mojibake repaired, whitespace collapsed). */
  sentence: z.string(),
  /** UTF-16 offsets of the sentence in the document text as read. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Id of the rule that matched. */
  rule: z.string(),
  /** The rule's human-readable reason. */
  reason: z.string(),
  /** The verb or trigger word as written in the sentence. */
  verb: z.string(),
  /** The document date (ISO 8601), when known. */
  date: z.string().optional(),
});

/** Evidence for one relation. */
export type Evidence = z.infer<typeof EvidenceSchema>;
