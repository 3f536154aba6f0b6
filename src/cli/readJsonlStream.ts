import type { Document } from '../document/DocumentSchema';
import { DuplicateDocumentIdError } from '../document/DuplicateDocumentIdError';
import { EmptyInputError } from '../document/EmptyInputError';
import type { InputError } from '../document/InputError';
import { UnreadableInputError } from '../document/UnreadableInputError';
import { parseJsonlLine } from '../document/parseJsonlLine';

/**
 * Reads a JSON Lines stream (a file or stdin) line by line, yielding each document as soon as its line is complete and
 * a problem for each bad line, so a pipeline sees output before the input ends. Ids in `taken` count as used.
 */
export async function* readJsonlStream(
  stream: AsyncIterable<Uint8Array | string>,
  file: string,
  taken: Set<string>,
): AsyncGenerator<{ document: Document } | { problem: InputError }> {
  let pending: Buffer = Buffer.alloc(0);
  let lineNumber = 0;
  let yielded = false;
  const parse = (line: Uint8Array): { document: Document } | { problem: InputError } | undefined => {
    lineNumber++;
    const parsed = parseJsonlLine(line, lineNumber, file);
    if (parsed) yielded = true;
    if (parsed && 'document' in parsed) {
      if (taken.has(parsed.document.id)) return { problem: new DuplicateDocumentIdError(file, lineNumber, parsed.document.id) };
      taken.add(parsed.document.id);
    }
    return parsed;
  };
  try {
    for await (const chunk of stream) {
      pending = Buffer.concat([pending, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
      let newline: number;
      while ((newline = pending.indexOf(0x0a)) !== -1) {
        const parsed = parse(pending.subarray(0, newline));
        pending = pending.subarray(newline + 1);
        if (parsed) yield parsed;
      }
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    yield { problem: new UnreadableInputError(file, String(reason), { cause: error }) };
    return;
  }
  const last = pending.length > 0 ? parse(pending) : undefined;
  if (last) yield last;
  if (!yielded) yield { problem: new EmptyInputError(file, 'the input holds no JSON Lines documents') };
}
