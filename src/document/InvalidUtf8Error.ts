import { InputError } from './InputError';

/** An input file (or JSONL line) whose bytes are not valid UTF-8. */
export class InvalidUtf8Error extends InputError {
  /** Offset of the first bad byte in the bytes decoded. */
  readonly byteOffset: number;

  constructor(file: string, line: number, byteOffset: number) {
    super('NG_INPUT_INVALID_UTF8', {
      file,
      line,
      problem: `the text is not valid UTF-8 (first bad byte at offset ${byteOffset})`,
      fix: 're-save it as UTF-8, e.g. `iconv -f windows-1252 -t utf-8 in.txt > out.txt`',
    });
    this.byteOffset = byteOffset;
  }
}
