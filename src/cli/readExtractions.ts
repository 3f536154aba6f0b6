import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { DuplicateDocumentIdError } from '../document/DuplicateDocumentIdError';
import { EmptyInputError } from '../document/EmptyInputError';
import type { InputError } from '../document/InputError';
import { UnreadableInputError } from '../document/UnreadableInputError';
import type { DocumentExtraction } from '../pipeline/DocumentExtractionSchema';
import { parseExtractionLine } from '../pipeline/parseExtractionLine';
import type { CliIo } from './CliIo';
import { UsageError } from './UsageError';
import { streamLines } from './streamLines';

/**
 * Reads `newsgraph extract` outputs (files, or `-` for standard input) line by line, in the order given: the
 * extractions, and a problem for each bad line, each document id met before, and each file that is unreadable or holds
 * none. A bad line never costs the good ones.
 */
export async function readExtractions(
  paths: readonly string[],
  io: Pick<CliIo, 'cwd' | 'stdin'>,
): Promise<{ extractions: DocumentExtraction[]; problems: InputError[] }> {
  const extractions: DocumentExtraction[] = [];
  const problems: InputError[] = [];
  const taken = new Set<string>();
  for (const path of paths) {
    const file = path === '-' ? 'stdin' : path;
    if (path === '-' && !io.stdin) throw new UsageError('-: there is no standard input to read', 'merge');
    const stream = path === '-' && io.stdin ? io.stdin : createReadStream(resolve(io.cwd, path));
    let lineNumber = 0;
    let found = false;
    try {
      for await (const line of streamLines(stream as AsyncIterable<Uint8Array | string>)) {
        const parsed = parseExtractionLine(line, ++lineNumber, file);
        if (!parsed) continue;
        found = true;
        if ('problem' in parsed) problems.push(parsed.problem);
        else if (taken.has(parsed.extraction.id)) problems.push(new DuplicateDocumentIdError(file, lineNumber, parsed.extraction.id));
        else {
          taken.add(parsed.extraction.id);
          extractions.push(parsed.extraction);
        }
      }
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      problems.push(new UnreadableInputError(file, reason, { cause: error }));
      continue;
    }
    if (!found) problems.push(new EmptyInputError(file, 'the file holds no extractions'));
  }
  return { extractions, problems };
}
