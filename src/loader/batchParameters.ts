import { packRelationColumns } from './packRelationColumns';
import type { LoadBatch } from './planLoad';

/** The parameters a batch's statement reads: `$rows`, or a relation batch's columns, packed (packRelationColumns). */
export function batchParameters(batch: LoadBatch): Record<string, unknown> {
  return batch.phase === 'relations' ? packRelationColumns(batch.columns) : { rows: batch.rows };
}
