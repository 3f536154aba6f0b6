import { BinaryInputError } from './BinaryInputError';
import { DuplicateDocumentIdError } from './DuplicateDocumentIdError';
import { EmptyInputError } from './EmptyInputError';
import type { ParsedInput } from './ParsedInput';
import { looksBinary } from './looksBinary';
import { parseJsonlLine } from './parseJsonlLine';

/**
 * Reads a JSON Lines file (text, or bytes decoded line by line so one bad line does not cost the others):
 * one document per good line, one problem (file, line, fix) per bad line. Never throws.
 */
export function parseJsonl(content: string | Uint8Array, source: string): ParsedInput {
  const result: ParsedInput = { documents: [], problems: [], warnings: [] };
  if (content.length === 0) {
    result.problems.push(new EmptyInputError(source));
    return result;
  }
  if (typeof content !== 'string' && looksBinary(content)) {
    result.problems.push(new BinaryInputError(source));
    return result;
  }
  const seen = new Set<string>();
  let lineNumber = 0;
  for (const line of lines(content)) {
    lineNumber++;
    const parsed = parseJsonlLine(line, lineNumber, source);
    if (parsed === undefined) continue;
    if ('problem' in parsed) result.problems.push(parsed.problem);
    else if (seen.has(parsed.document.id)) result.problems.push(new DuplicateDocumentIdError(source, lineNumber, parsed.document.id));
    else {
      seen.add(parsed.document.id);
      result.documents.push(parsed.document);
    }
  }
  if (result.documents.length === 0 && result.problems.length === 0) {
    result.problems.push(new EmptyInputError(source, 'the file holds no JSON Lines documents'));
  }
  return result;
}

function* lines(content: string | Uint8Array): Generator<string | Uint8Array> {
  let start = 0;
  while (start < content.length) {
    const newline = typeof content === 'string' ? content.indexOf('\n', start) : content.indexOf(0x0a, start);
    const end = newline === -1 ? content.length : newline;
    yield content.slice(start, end);
    start = end + 1;
  }
}
