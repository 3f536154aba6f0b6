import { z } from 'zod';

// Messages read after the field name in a problem report: `text: is missing`.
const text = (required: boolean) =>
  z.string({ error: (issue) => (required && issue.input === undefined ? 'is missing' : 'must be a string') });

/** One line of a JSON Lines input: `{"id","text"}` plus optional `title`, `date`, `source`; other fields are ignored. */
export const JsonlLineSchema = z.object(
  {
    id: text(true).trim().min(1, 'must not be empty'),
    text: text(true).refine((value) => value.trim() !== '', 'must hold the article text, not be empty'),
    title: text(false).optional(),
    date: text(false).optional(),
    source: text(false).optional(),
  },
  { error: 'must be a JSON object like {"id":"a1","text":"..."}' },
);

/** A validated JSON Lines line. */
export type JsonlLine = z.infer<typeof JsonlLineSchema>;
