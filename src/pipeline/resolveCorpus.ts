import type { DocumentExtraction } from '../document/DocumentExtractionSchema';

/** Merges entities across documents (surname-only mentions, spelling variants). (Work in progress: being written now.) */
export function resolveCorpus(extractions: readonly DocumentExtraction[]): DocumentExtraction[] {
  return [...extractions];
}
