import type { Document } from '../document/DocumentSchema';
import type { DocumentExtraction } from '../document/DocumentExtractionSchema';
import type { InputError } from '../document/InputError';
import { extractDocument } from '../pipeline/extractDocument';
import { ExtractionFailedError } from './ExtractionFailedError';

/** Runs `extractDocument` on one document; a crash becomes a problem for that document only, so the others survive. */
export function extractSafely(document: Document): { extraction: DocumentExtraction } | { problem: InputError } {
  try {
    return { extraction: extractDocument(document) };
  } catch (error) {
    return { problem: new ExtractionFailedError(document.source ?? document.id, document.id, error) };
  }
}
