import { NewsgraphError } from '../errors/NewsgraphError';

/** The graph.json given to `newsgraph load --from`, `explore` or `show` cannot be read or is not JSON. */
export class GraphFileError extends NewsgraphError {
  constructor(file: string, problem: string, options?: { cause?: unknown }) {
    super(
      'NG_GRAPH_FILE_UNREADABLE',
      `${file}: ${problem}. Fix: check the path, or write the graph with \`newsgraph build <articles> --out out\` and give out/graph.json`,
      options,
    );
  }
}
