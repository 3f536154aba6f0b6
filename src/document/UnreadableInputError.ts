import { InputError } from './InputError';

/** An input path that cannot be read: missing, a permission problem, or not a regular file. */
export class UnreadableInputError extends InputError {
  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(
      'NG_INPUT_UNREADABLE',
      { file, problem: `cannot read it (${reason})`, fix: 'check that the path exists, is a file or folder, and is readable' },
      options,
    );
  }
}
