import type { Document } from './DocumentSchema';

/** The document dated `date` when it states no date of its own (front matter, date line, JSON Lines `date`). */
export function withDefaultDate(document: Document, date: string | undefined): Document {
  return date === undefined || document.date !== undefined ? document : { ...document, date };
}
