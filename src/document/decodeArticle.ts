import { BinaryInputError } from './BinaryInputError';
import { EmptyInputError } from './EmptyInputError';
import { decodeUtf8 } from './decodeUtf8';
import { looksBinary } from './looksBinary';

/** Turns the bytes of an article file into its text, or throws why it cannot be read (empty, binary, invalid UTF-8). */
export function decodeArticle(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new EmptyInputError(file);
  if (looksBinary(bytes)) throw new BinaryInputError(file);
  const text = decodeUtf8(bytes, file);
  if (text.trim() === '') throw new EmptyInputError(file, 'the file holds only whitespace');
  return text;
}
