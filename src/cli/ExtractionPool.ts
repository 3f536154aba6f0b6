import type { Document } from '../document/DocumentSchema';
import type { InputError } from '../document/InputError';
import type { DocumentExtraction } from '../pipeline/DocumentExtractionSchema';

/** One document's extraction, or the problem that cost it (the other documents go on). */
export type ExtractionResult = { extraction: DocumentExtraction } | { problem: InputError };

/** Extracts documents one by one, in this thread or on worker threads; each call resolves to its own document's result. */
export interface ExtractionPool {
  /** Documents worth handing out before waiting for the first result: 1 in this thread, enough to keep every worker busy. */
  readonly capacity: number;
  /** Extracts one document; calls may overlap, and each resolves to the result of the document it was given. */
  extract(document: Document): Promise<ExtractionResult>;
  /** Stops the workers; the pool takes no more documents. */
  close(): Promise<void>;
}

/** A document sent to a worker, numbered so its answer finds its caller. */
export interface WorkerTask {
  id: number;
  document: Document;
}

/** A worker's answer: the extraction, or what extractDocument threw (an Error crosses threads as one). */
export type WorkerAnswer = { id: number; extraction: DocumentExtraction } | { id: number; error: unknown };

/** What a worker starts with: the `--rules` file to compile, if any. */
export interface WorkerSetup {
  rules?: { json: string; source: string };
}
