import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ExplorerBundleError } from './ExplorerBundleError';

// Same place from src/cli (ts-jest) and dist/cli (built): the bundle `npm run build` writes with esbuild.
const BUNDLE = join(__dirname, '..', '..', 'dist', 'explorer', 'explorer.js');

/** Reads the explorer's script bundle (sigma.js, graphology and the page's code), which graph.html inlines. */
export async function readExplorerBundle(): Promise<string> {
  try {
    return await readFile(BUNDLE, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
    throw new ExplorerBundleError('dist/explorer/explorer.js', reason, { cause: error });
  }
}
