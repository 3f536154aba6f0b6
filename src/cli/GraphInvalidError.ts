import { NewsgraphError } from '../errors/NewsgraphError';

/** A JSON file given as a graph is not a newsgraph graph.json (a field is missing or wrong, an edge joins no node). */
export class GraphInvalidError extends NewsgraphError {
  constructor(file: string, problem: string, options?: { cause?: unknown }) {
    super(
      'NG_GRAPH_INVALID',
      `${file} is not a newsgraph graph (${problem}). Fix: give the graph.json that \`newsgraph build\` wrote, or build it again`,
      options,
    );
  }
}
