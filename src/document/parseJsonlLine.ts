import type { Document } from './DocumentSchema';
import { InputError } from './InputError';
import { JsonlLineSchema } from './JsonlLineSchema';
import { MalformedJsonlLineError } from './MalformedJsonlLineError';
import { decodeUtf8 } from './decodeUtf8';
import { parseDate } from './parseDate';

/**
 * Reads one JSON Lines line (as text, or as bytes that must be UTF-8) into a document, or says what is wrong with it.
 * A blank line is neither. Documents without a `source` field get the file they came from.
 */
export function parseJsonlLine(
  line: string | Uint8Array,
  lineNumber: number,
  file: string,
): { document: Document } | { problem: InputError } | undefined {
  let text: string;
  try {
    text = typeof line === 'string' ? line : decodeUtf8(line, file, lineNumber);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { problem: error };
  }
  // A trailing \r (CRLF files) and a byte order mark on the first line are not part of the JSON.
  const json = (lineNumber === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
  if (json === '') return undefined;

  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { problem: new MalformedJsonlLineError(file, lineNumber, `not valid JSON (${(error as Error).message})`) };
  }
  const parsed = JsonlLineSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message,
    );
    return { problem: new MalformedJsonlLineError(file, lineNumber, `not a valid document (${issues.join('; ')})`) };
  }
  const { id, text: articleText, title, date, source } = parsed.data;
  let isoDate: string | undefined;
  if (date !== undefined && date.trim() !== '') {
    isoDate = parseDate(date);
    if (isoDate === undefined) {
      return {
        problem: new MalformedJsonlLineError(
          file,
          lineNumber,
          `"date" ${JSON.stringify(date)} is not a date newsgraph can read`,
          'write the date as ISO 8601 (2025-11-24 or 2025-11-24T04:57:45Z), or leave "date" out',
        ),
      };
    }
  }
  const document: Document = {
    id,
    text: articleText,
    ...(title?.trim() ? { title: title.trim() } : {}),
    ...(isoDate ? { date: isoDate } : {}),
    source: source?.trim() || file,
  };
  return { document };
}
