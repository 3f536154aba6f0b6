import { InputError } from '../document/InputError';
import { decodeUtf8 } from '../document/decodeUtf8';
import { DocumentExtractionSchema, type DocumentExtraction } from './DocumentExtractionSchema';
import { MalformedExtractionLineError } from './MalformedExtractionLineError';

/**
 * Reads one line of `newsgraph extract` output (bytes that must be UTF-8) back into the document's extraction, or says
 * what is wrong with it. A blank line is neither.
 */
export function parseExtractionLine(
  line: Uint8Array,
  lineNumber: number,
  file: string,
): { extraction: DocumentExtraction } | { problem: InputError } | undefined {
  let text: string;
  try {
    text = decodeUtf8(line, file, lineNumber).trim();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { problem: error };
  }
  if (text === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: new MalformedExtractionLineError(file, lineNumber, `not valid JSON (${(error as Error).message})`) };
  }
  const parsed = DocumentExtractionSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message));
    return { problem: new MalformedExtractionLineError(file, lineNumber, `not a document extraction (${issues.join('; ')})`) };
  }
  return { extraction: parsed.data };
}
