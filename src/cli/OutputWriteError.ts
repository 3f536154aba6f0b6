import { NewsgraphError } from '../errors/NewsgraphError';

/** The output folder or a file in it cannot be written. */
export class OutputWriteError extends NewsgraphError {
  constructor(path: string, reason: string, options?: { cause?: unknown }) {
    super('NG_OUTPUT_UNWRITABLE', `cannot write ${path} (${reason}). Fix: choose another --out folder, or make it writable`, options);
  }
}
