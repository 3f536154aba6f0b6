import type { Document } from './DocumentSchema';
import type { InputError } from './InputError';
import type { InputWarning } from './InputWarning';

/**
 * What reading some input gave: the good documents, a problem for each file or line that was skipped, and a warning
 * for each file that was read with a caveat (such as its encoding).
 */
export interface ParsedInput {
  documents: Document[];
  problems: InputError[];
  warnings: InputWarning[];
}
