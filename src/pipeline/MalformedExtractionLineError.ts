import { InputError } from '../document/InputError';

/** A line of an extractions file that is not a `DocumentExtraction` as `newsgraph extract` prints it. */
export class MalformedExtractionLineError extends InputError {
  constructor(file: string, line: number, problem: string) {
    super('NG_INPUT_EXTRACTION_LINE', {
      file,
      line,
      problem,
      fix: 'give the output of `newsgraph extract` (one JSON object per document and line), unedited',
    });
  }
}
