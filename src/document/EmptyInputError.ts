import { InputError } from './InputError';

/** An input file (or JSONL line) with no text to read. */
export class EmptyInputError extends InputError {
  constructor(file: string, problem = 'the file is empty', line?: number) {
    super('NG_INPUT_EMPTY', { file, line, problem, fix: 'add the article text, or remove the file from the input' });
  }
}
