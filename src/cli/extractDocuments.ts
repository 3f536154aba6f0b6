import type { Document } from '../document/DocumentSchema';
import type { InputError } from '../document/InputError';
import { withDefaultDate } from '../document/withDefaultDate';
import type { DocumentExtraction } from '../pipeline/DocumentExtractionSchema';
import type { CliIo } from './CliIo';
import { createExtractionPool } from './createExtractionPool';
import { createProgress } from './createProgress';
import { extractInOrder } from './extractInOrder';
import type { RuleFile } from './readRuleFile';

/**
 * Extracts every document (on `workers` threads; one by default) behind a progress line that, in this thread, also
 * moves within a long document; results stay in document order. The documents are taken over: each is let go once
 * handed on (the array is empty at the end), so a corpus's texts are not all held while its extractions grow.
 */
export async function extractDocuments(
  documents: (Document | undefined)[],
  io: Pick<CliIo, 'stderr' | 'isTTY'>,
  options: { workers?: number; rules?: RuleFile; date?: string } = {},
): Promise<{ extractions: DocumentExtraction[]; problems: InputError[] }> {
  const { workers = 1, rules, date } = options;
  const progress = createProgress(io.stderr, { isTTY: io.isTTY, total: documents.length, label: 'extracting documents' });
  const onProgress = (done: number, total: number): void => progress.part(done / total);
  const pool = createExtractionPool({ workers, onProgress, ...(rules ? { rules } : {}) });
  const extractions: DocumentExtraction[] = [];
  const problems: InputError[] = [];
  try {
    await extractInOrder(releasing(documents, date), pool, (result) => {
      if ('extraction' in result) extractions.push(result.extraction);
      else problems.push(result.problem);
      progress.tick();
    });
  } finally {
    await pool.close();
  }
  progress.done();
  return { extractions, problems };
}

// Each document dated and let go as it is handed on.
function* releasing(documents: (Document | undefined)[], date: string | undefined): Generator<Document> {
  for (let index = 0; index < documents.length; index++) {
    const document = documents[index];
    documents[index] = undefined;
    if (document) yield withDefaultDate(document, date);
  }
  documents.length = 0;
}
