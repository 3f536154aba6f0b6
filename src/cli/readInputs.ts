import type { ParsedInput } from '../document/ParsedInput';
import type { CliIo } from './CliIo';
import { claimDocumentIds } from './claimDocumentIds';
import { listInputFiles } from './listInputFiles';
import { readInputFile } from './readInputFile';

/**
 * Reads every document from files and folders: the good documents, a problem (file, line, fix) for each bad file or
 * line, a warning for each file read with a caveat, and the files of other kinds that were ignored. Bad input never
 * costs a good document.
 */
export async function readInputs(
  paths: readonly string[],
  io: Pick<CliIo, 'cwd'>,
): Promise<ParsedInput & { ignored: string[] }> {
  const listing = await listInputFiles(paths, io.cwd);
  const result: ParsedInput & { ignored: string[] } = { documents: [], problems: [...listing.problems], warnings: [], ignored: listing.ignored };
  const taken = new Set<string>();
  for (const file of listing.files) {
    const parsed = claimDocumentIds(await readInputFile(file), taken, file.kind);
    result.documents.push(...parsed.documents);
    result.problems.push(...parsed.problems);
    result.warnings.push(...parsed.warnings);
  }
  return result;
}
