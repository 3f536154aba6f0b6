import { z } from 'zod';

/** A sentence a cue is written for and the relations (`source TYPE target` lines) newsgraph must read in it. */
export const CueExampleSchema = z.object({
  text: z.string().min(1),
  relations: z.array(z.string()),
});

/**
 * Words that tell a pattern how to read what it found (`verbally` makes an attack criticism), with why and examples a
 * test runs.
 */
export const WordCueSchema = z.object({
  id: z.string().regex(/^[a-z][\w-]*$/),
  reason: z.string().min(1),
  /** Verbs in the infinitive; every inflection matches. */
  verbs: z.array(z.string().min(1)).default([]),
  /** Other words, as written (lower case). */
  words: z.array(z.string().min(1)).default([]),
  examples: z.array(CueExampleSchema).min(1),
});

/** A cue of a pattern, as written in its data file. */
export type WordCue = z.infer<typeof WordCueSchema>;

/** A data file of cues: why the cues exist, and the cues. */
export const CueFileSchema = z.object({
  reason: z.string().min(1),
  cues: z.array(WordCueSchema).min(1),
});
