// XML 1.0 allows only tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD and U+10000-U+10FFFF. With the `u` flag a
// surrogate pair is one code point outside this class, so only lone surrogates match.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Removes the characters XML 1.0 cannot carry at all, even escaped (control characters, lone surrogates, U+FFFE/U+FFFF). */
export function stripInvalidXmlChars(value: string): string {
  return value.replace(INVALID_XML_CHARS, '');
}
