import { z } from 'zod';

/** An input article: its text exactly as read, and its metadata. */
export const DocumentSchema = z.object({
  /** Stable id: the file path relative to the common root of the inputs given, or the JSONL `id`. */
  id: z.string().min(1),
  /** The text exactly as read (offsets point into it). */
  text: z.string(),
  title: z.string().optional(),
  /** ISO 8601 date (`2025-11-24` or a full timestamp), when the article states one. */
  date: z.string().optional(),
  /** Where it came from: a file path, or the JSONL `source` field. */
  source: z.string().optional(),
});

/** An input article. */
export type Document = z.infer<typeof DocumentSchema>;
