import { NewsgraphError } from '../errors/NewsgraphError';

/** The explorer's script bundle, built by `npm run build`, is missing, so no graph.html can be written. */
export class ExplorerBundleError extends NewsgraphError {
  constructor(path: string, reason: string, options?: { cause?: unknown }) {
    super(
      'NG_EXPLORER_BUNDLE_MISSING',
      `the explorer script ${path} cannot be read (${reason}). Fix: run \`npm run build\` in the newsgraph folder (npm ci runs it too)`,
      options,
    );
  }
}
