import { NewsgraphError } from '../errors/NewsgraphError';

/** An extraction worker could not start or died: the run stops, since its documents would be lost. */
export class WorkerFailedError extends NewsgraphError {
  constructor(problem: string, fix: string, options?: { cause?: unknown }) {
    super('NG_WORKER_FAILED', `extraction worker: ${problem}. Fix: ${fix}`, options);
  }
}
