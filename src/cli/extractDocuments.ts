import type { Document } from '../document/DocumentSchema';
import type { InputError } from '../document/InputError';
import { withDefaultDate } from '../document/withDefaultDate';
import type { ExtractOptions } from '../pipeline/extractDocument';
import type { DocumentExtraction } from '../pipeline/DocumentExtractionSchema';
import type { CliIo } from './CliIo';
import { createProgress } from './createProgress';
import { extractSafely } from './extractSafely';

/**
 * Extracts every document in turn behind a progress line that also moves within a long document. The documents are
 * taken over: each is let go once extracted (the array is empty at the end), so a corpus's texts are not all held
 * while its extractions grow.
 */
export function extractDocuments(
  documents: (Document | undefined)[],
  io: Pick<CliIo, 'stderr' | 'isTTY'>,
  options: Omit<ExtractOptions, 'onProgress'> & { date?: string } = {},
): { extractions: DocumentExtraction[]; problems: InputError[] } {
  const { date, ...extractOptions } = options;
  const progress = createProgress(io.stderr, { isTTY: io.isTTY, total: documents.length, label: 'extracting documents' });
  const onProgress = (done: number, total: number): void => progress.part(done / total);
  const extractions: DocumentExtraction[] = [];
  const problems: InputError[] = [];
  documents.forEach((document, index) => {
    if (!document) return;
    documents[index] = undefined;
    const result = extractSafely(withDefaultDate(document, date), { ...extractOptions, onProgress });
    if ('extraction' in result) extractions.push(result.extraction);
    else problems.push(result.problem);
    progress.tick();
  });
  documents.length = 0;
  progress.done();
  return { extractions, problems };
}
