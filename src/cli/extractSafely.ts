import type { Document } from '../document/DocumentSchema';
import type { DocumentExtraction } from '../pipeline/DocumentExtractionSchema';
import type { InputError } from '../document/InputError';
import { extractDocument, type ExtractOptions } from '../pipeline/extractDocument';
import { ExtractionFailedError } from './ExtractionFailedError';

/** Runs `extractDocument` on one document; a crash becomes a problem for that document only, so the others survive. */
export function extractSafely(document: Document, options: ExtractOptions = {}): { extraction: DocumentExtraction } | { problem: InputError } {
  try {
    return { extraction: extractDocument(document, options) };
  } catch (error) {
    return { problem: new ExtractionFailedError(document.source ?? document.id, document.id, error) };
  }
}
