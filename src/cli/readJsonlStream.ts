import type { Document } from '../document/DocumentSchema';
import { DuplicateDocumentIdError } from '../document/DuplicateDocumentIdError';
import { EmptyInputError } from '../document/EmptyInputError';
import type { InputError } from '../document/InputError';
import { UnreadableInputError } from '../document/UnreadableInputError';
import { parseJsonlLine } from '../document/parseJsonlLine';
import { streamLines } from './streamLines';

/**
 * Reads a JSON Lines stream (a file or stdin) line by line, yielding each document as soon as its line is complete and
 * a problem for each bad line, so a pipeline sees output before the input ends. Ids in `taken` count as used.
 */
export async function* readJsonlStream(
  stream: AsyncIterable<Uint8Array | string>,
  file: string,
  taken: Set<string>,
): AsyncGenerator<{ document: Document } | { problem: InputError }> {
  let lineNumber = 0;
  let yielded = false;
  try {
    for await (const line of streamLines(stream)) {
      lineNumber++;
      const parsed = parseJsonlLine(line, lineNumber, file);
      if (!parsed) continue;
      yielded = true;
      if ('document' in parsed) {
        if (taken.has(parsed.document.id)) {
          yield { problem: new DuplicateDocumentIdError(file, lineNumber, parsed.document.id) };
          continue;
        }
        taken.add(parsed.document.id);
      }
      yield parsed;
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    yield { problem: new UnreadableInputError(file, String(reason), { cause: error }) };
    return;
  }
  if (!yielded) yield { problem: new EmptyInputError(file, 'the input holds no JSON Lines documents') };
}
