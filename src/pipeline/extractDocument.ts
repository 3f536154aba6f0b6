import type { Document } from '../document/DocumentSchema';
import type { DocumentExtraction } from '../document/DocumentExtractionSchema';

/** Extracts the entities, mentions and stated relations of one document. (Work in progress: being written now.) */
export function extractDocument(document: Document): DocumentExtraction {
  const { id, title, date, source } = document;
  return { id, title, date, source, entities: [], mentions: [], relations: [] };
}
