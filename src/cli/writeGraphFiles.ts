import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toGexf } from '../exporters/toGexf';
import { toGraphJson } from '../exporters/toGraphJson';
import { toGraphml } from '../exporters/toGraphml';
import { toExplorerHtml } from '../explorer/toExplorerHtml';
import type { NewsGraph } from '../graph/NewsGraph';
import { OutputWriteError } from './OutputWriteError';
import { readExplorerBundle } from './readExplorerBundle';

const FORMATS: ReadonlyArray<readonly [string, (graph: NewsGraph) => string]> = [
  ['graph.json', toGraphJson],
  ['graph.graphml', toGraphml],
  ['graph.gexf', toGexf],
];

/**
 * Writes graph.json, graph.graphml, graph.gexf and the explorer page graph.html into `folder` (created if missing);
 * returns the names of the files written.
 */
export async function writeGraphFiles(graph: NewsGraph, folder: string): Promise<string[]> {
  // Read first: a missing bundle should stop the build before it writes half of its files.
  const script = await readExplorerBundle();
  const formats = [...FORMATS, ['graph.html', (laidOut: NewsGraph) => toExplorerHtml(laidOut, script)] as const];
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new OutputWriteError(folder, reason(error), { cause: error });
  }
  const written: string[] = [];
  for (const [name, format] of formats) {
    const path = join(folder, name);
    try {
      await writeFile(path, format(graph), 'utf8');
    } catch (error) {
      throw new OutputWriteError(path, reason(error), { cause: error });
    }
    written.push(name);
  }
  return written;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'a file is in the way of the folder';
  return code ?? (error instanceof Error ? error.message : String(error));
}
