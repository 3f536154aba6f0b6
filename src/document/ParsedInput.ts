import type { Document } from './DocumentSchema';
import type { InputError } from './InputError';

/** What reading some input gave: the good documents, and a problem for each file or line that was skipped. */
export interface ParsedInput {
  documents: Document[];
  problems: InputError[];
}
