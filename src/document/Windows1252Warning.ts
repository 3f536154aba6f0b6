import { InputWarning } from './InputWarning';

/** An article that is not valid UTF-8 and was read as Windows-1252, the usual encoding of such files. */
export class Windows1252Warning extends InputWarning {
  constructor(file: string, line: number, byteOffset: number) {
    super('NG_INPUT_WINDOWS_1252', {
      file,
      line,
      problem: `the text is not valid UTF-8 (first bad byte at offset ${byteOffset}), so it was read as Windows-1252`,
      fix: 'nothing if its text reads right; otherwise re-save it as UTF-8 from its encoding, e.g. `iconv -f iso-8859-7 -t utf-8 in.txt > out.txt`',
    });
  }
}
