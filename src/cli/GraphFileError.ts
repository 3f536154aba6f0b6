import { NewsgraphError } from '../errors/NewsgraphError';

/** The graph.json given to `newsgraph load --from` cannot be read or is not JSON. */
export class GraphFileError extends NewsgraphError {
  constructor(file: string, problem: string, options?: { cause?: unknown }) {
    super(
      'NG_GRAPH_FILE_UNREADABLE',
      `${file}: ${problem}. Fix: write it with \`newsgraph build <articles> --out out\` and load out/graph.json, or give the right --from path`,
      options,
    );
  }
}
