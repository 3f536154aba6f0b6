import { InvalidUtf8Error } from './InvalidUtf8Error';

/**
 * Decodes UTF-8 strictly (a leading byte order mark is dropped); on invalid bytes throws an `InvalidUtf8Error`
 * naming the line of the first bad byte. Mojibake such as `Hereâ€™s` is valid UTF-8 and decodes as written.
 */
export function decodeUtf8(bytes: Uint8Array, file: string, firstLine = 1): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    let line = firstLine;
    for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
    throw new InvalidUtf8Error(file, line, offset);
  }
}

// Streaming decodes accept a truncated sequence at the end, so "this prefix is valid" only turns false once, just
// after the first bad byte: binary search for that point, then step back to where the broken sequence starts.
function firstInvalidByte(bytes: Uint8Array): number {
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2);
    if (decodes(bytes.subarray(0, middle), true)) valid = middle;
    else invalid = middle;
  }
  let start = invalid - 1;
  while (start > 0 && !decodes(bytes.subarray(0, start), false)) start--;
  return start;
}

function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}
