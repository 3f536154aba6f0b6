import { NewsgraphError } from '../errors/NewsgraphError';

/** The graph to load contradicts itself (e.g. an edge whose endpoint is not a node), so loading it would lose data. */
export class LoadInputError extends NewsgraphError {
  constructor(problem: string) {
    super('NG_LOAD_INPUT_INVALID', `the graph cannot be loaded: ${problem}. Fix: rebuild it with \`newsgraph build\``);
  }
}
