import { NewsgraphError } from '../../errors/NewsgraphError';
import type { GumSplit } from './gumSplits';

/** The parser may never be trained on a document GUM holds out for measuring. */
export class HeldOutDocumentError extends NewsgraphError {
  constructor(document: string, split: GumSplit | undefined) {
    super(
      'NG_HELD_OUT_DOCUMENT',
      `${document} is ${split ? `a GUM ${split} document` : 'not listed in GUM splits.md'}; the parser trains on GUM's train split only: remove it from the training files.`,
    );
  }
}

/**
 * The GUM documents to train on among `files` (names like GUM_bio_byron.conllu), in name order: those splits.md
 * lists under train. Throws HeldOutDocumentError if the chosen list holds anything else (a guard against an edit of
 * the selection, not a filter).
 */
export function trainingDocuments(files: readonly string[], splits: ReadonlyMap<string, GumSplit>): string[] {
  const chosen = files.filter((file) => file.endsWith('.conllu') && splits.get(documentName(file)) === 'train').sort();
  for (const file of chosen) assertTrainable(file, splits);
  return chosen;
}

/** Throws HeldOutDocumentError unless splits.md lists the file's document under train. */
export function assertTrainable(file: string, splits: ReadonlyMap<string, GumSplit>): void {
  const split = splits.get(documentName(file));
  if (split !== 'train') throw new HeldOutDocumentError(documentName(file), split);
}

/** The document name of a CoNLL-U file name (GUM_bio_byron.conllu -> GUM_bio_byron). */
export function documentName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.conllu$/, '');
}
