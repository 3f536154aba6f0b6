import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { layoutGraph } from '../explorer/layoutGraph';
import { toExplorerHtml } from '../explorer/toExplorerHtml';
import type { CliIo } from './CliIo';
import { ExploreOptionsSchema } from './ExploreOptionsSchema';
import { OutputWriteError } from './OutputWriteError';
import { parseOptions } from './parseOptions';
import { readExplorerBundle } from './readExplorerBundle';
import { readNewsGraph } from './readNewsGraph';

const HELP = `Usage: newsgraph explore <graph.json> [--out <file.html>]

Writes the explorer page of a graph that \`newsgraph build\` wrote: one HTML file holding the graph and the code,
which opens in a browser from the disk, with no server and no network. Search entities, read each relation's
evidence sentences, filter by type, date and strength, colour by type or community, export PNG or GraphML.
A graph.json without layout positions (written before newsgraph laid graphs out) is laid out first.

Options:
  -o, --out <file>   the page to write (default: the graph's path with .html, e.g. out/graph.html)
  -h, --help         show this help

Exit status: 0 when the page was written, 1 on any error.
`;

/** `newsgraph explore <graph.json> [--out <file>]`: writes the explorer page of an existing graph.json. */
export async function exploreCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions('explore', args, { out: { type: 'string', short: 'o' } }, ExploreOptionsSchema);
  if (parsed.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const [file = ''] = parsed.options.inputs;
  const out = parsed.options.out ?? `${file.replace(/\.json$/i, '')}.html`;
  const script = await readExplorerBundle();
  let graph = await readNewsGraph(file, io.cwd);
  const laidOut = graph.everyNode((_node, attributes) => attributes.x !== undefined && attributes.y !== undefined);
  if (!laidOut) graph = layoutGraph(graph);
  const html = toExplorerHtml(graph, script);
  try {
    await writeFile(resolve(io.cwd, out), html, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutputWriteError(out, code ?? (error instanceof Error ? error.message : String(error)), { cause: error });
  }
  io.stdout.write(
    `newsgraph explore: wrote ${out} (${megabytes(Buffer.byteLength(html))}, ${graph.order} entities, ${graph.size} relations` +
      `${laidOut ? '' : ', laid out now'}); open it in a browser\n`,
  );
  return 0;
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}
