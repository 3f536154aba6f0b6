import { extractDocument } from '../../src/pipeline/extractDocument';
import type { DocumentExtraction } from '../../src/pipeline/DocumentExtractionSchema';

/** Extracts one in-memory document, for sentence-level tables. */
export function extractText(text: string, id = 'doc.txt'): DocumentExtraction {
  return extractDocument({ id, text });
}

/** The relations of a text as `source TYPE target` lines, for compact expectations. */
export function relationLines(text: string): string[] {
  return extractText(text).relations.map((relation) => `${relation.source} ${relation.type} ${relation.target}`);
}
