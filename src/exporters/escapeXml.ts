import { stripInvalidXmlChars } from './stripInvalidXmlChars';

// Tab, LF and CR are written as character references so that attribute-value and line-end normalization
// by XML parsers cannot turn them into spaces or LFs.
const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Makes any string safe as XML 1.0 text or attribute value: escapes `& < > " '` and drops characters XML cannot carry. */
export function escapeXml(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>"'\t\n\r]/g, (char) => REFERENCES[char] ?? char);
}
