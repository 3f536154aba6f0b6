import { InputError } from './InputError';

/** An input file that holds binary data (NUL bytes or many control characters), not text. */
export class BinaryInputError extends InputError {
  constructor(file: string) {
    super('NG_INPUT_BINARY', {
      file,
      problem: 'the file is binary, not text',
      fix: 'give newsgraph plain text, Markdown or JSON Lines files (text saved as UTF-16 must be re-saved as UTF-8)',
    });
  }
}
