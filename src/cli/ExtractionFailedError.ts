import { InputError } from '../document/InputError';

/** Extraction crashed on one document: it is skipped so the others still make it into the output. */
export class ExtractionFailedError extends InputError {
  constructor(file: string, documentId: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      'NG_EXTRACTION_FAILED',
      {
        file,
        problem: `extracting document ${JSON.stringify(documentId)} failed (${reason})`,
        fix: 'this is a newsgraph bug: please report it with this document attached',
      },
      { cause },
    );
  }
}
