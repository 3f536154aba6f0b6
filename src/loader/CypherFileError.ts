import { NewsgraphError } from '../errors/NewsgraphError';

/** A `cypher/*.cypher` file breaks the file convention, lacks a statement newsgraph needs, or a template is misused. */
export class CypherFileError extends NewsgraphError {
  constructor(file: string, problem: string, fix: string) {
    super('NG_CYPHER_INVALID', `${file}: ${problem}. Fix: ${fix}`);
  }
}
