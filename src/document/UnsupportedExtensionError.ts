import { InputError } from './InputError';
import { SUPPORTED_EXTENSIONS } from './inputKind';

/** An input file whose extension newsgraph does not read. */
export class UnsupportedExtensionError extends InputError {
  constructor(file: string) {
    super('NG_INPUT_UNSUPPORTED', {
      file,
      problem: 'newsgraph does not read this kind of file',
      fix: `convert it to text and name it with one of ${SUPPORTED_EXTENSIONS.join(', ')}`,
    });
  }
}
