import { readFile } from 'node:fs/promises';
import type { ParsedInput } from '../document/ParsedInput';
import { UnreadableInputError } from '../document/UnreadableInputError';
import { parseInputFile } from '../document/parseInputFile';
import type { InputFile } from './InputFile';

/** Reads one input file into its documents; a file that cannot be read or parsed becomes a problem. */
export async function readInputFile(file: InputFile): Promise<ParsedInput> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : String(code ?? error);
    return { documents: [], problems: [new UnreadableInputError(file.source, reason, { cause: error })], warnings: [] };
  }
  return parseInputFile({ id: file.id, source: file.source, bytes, kind: file.kind });
}
