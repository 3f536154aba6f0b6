import type { LoadBatch } from './LoadBatch';

/** Progress of a load after a batch: how many of the batches are done, and which phase that batch belonged to. */
export interface LoadProgress {
  done: number;
  total: number;
  phase: LoadBatch['phase'];
}
