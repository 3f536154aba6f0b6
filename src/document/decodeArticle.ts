import { BinaryInputError } from './BinaryInputError';
import { EmptyInputError } from './EmptyInputError';
import type { InputWarning } from './InputWarning';
import { InvalidUtf8Error } from './InvalidUtf8Error';
import { Windows1252Warning } from './Windows1252Warning';
import { decodeUtf8 } from './decodeUtf8';
import { decodeWindows1252 } from './decodeWindows1252';
import { looksBinary } from './looksBinary';

/**
 * Turns the bytes of an article file into its text, or throws why it cannot be read (empty, binary). Text that is not
 * valid UTF-8 is read as Windows-1252 (a curly quote or pound sign saved by an old editor), with a warning.
 */
export function decodeArticle(bytes: Uint8Array, file: string): { text: string; warnings: InputWarning[] } {
  if (bytes.length === 0) throw new EmptyInputError(file);
  if (looksBinary(bytes)) throw new BinaryInputError(file);
  const warnings: InputWarning[] = [];
  let text: string;
  try {
    text = decodeUtf8(bytes, file);
  } catch (error) {
    if (!(error instanceof InvalidUtf8Error)) throw error;
    text = decodeWindows1252(bytes);
    warnings.push(new Windows1252Warning(file, error.line ?? 1, error.byteOffset));
  }
  if (text.trim() === '') throw new EmptyInputError(file, 'the file holds only whitespace');
  return { text, warnings };
}
