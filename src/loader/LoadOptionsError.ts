import { NewsgraphError } from '../errors/NewsgraphError';

/** A load option (connection, batch size) is invalid. */
export class LoadOptionsError extends NewsgraphError {
  constructor(problem: string, fix: string) {
    super('NG_LOAD_OPTIONS_INVALID', `${problem}. Fix: ${fix}`);
  }
}
