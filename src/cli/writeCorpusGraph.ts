import { join, resolve } from 'node:path';
import type { InputError } from '../document/InputError';
import type { InputWarning } from '../document/InputWarning';
import { layoutGraph } from '../explorer/layoutGraph';
import { buildGraph } from '../graph/buildGraph';
import type { DocumentExtraction } from '../pipeline/DocumentExtractionSchema';
import { resolveCorpus } from '../pipeline/resolveCorpus';
import type { CliIo } from './CliIo';
import { formatSummary } from './formatSummary';
import { writeGraphFiles } from './writeGraphFiles';

/**
 * The corpus step of `build` and `merge`, one code path so both write the same bytes: resolves the extractions across
 * documents, builds and lays out the graph, writes its files into `out`, prints the summary, and resolves to the exit
 * status (2 when inputs were skipped, else 0).
 */
export async function writeCorpusGraph(
  command: 'build' | 'merge',
  extractions: DocumentExtraction[],
  report: { out: string; problems: readonly InputError[]; warnings: readonly InputWarning[]; ignored: readonly string[] },
  io: CliIo,
): Promise<number> {
  const { out, problems, warnings, ignored } = report;
  const documents = extractions.length;
  // Laid out once here, so graph.json, GraphML, GEXF and graph.html all open with the same positions. The extractions
  // are let go once the graph is built (the array is emptied): only the graph is held while it is laid out and written.
  const graph = layoutGraph(buildGraph(resolveCorpus(extractions.splice(0))));
  const written = await writeGraphFiles(graph, resolve(io.cwd, out));
  const shown = written.map((name) => join(out, name));
  io.stdout.write(formatSummary({ command, documents, graph, written: shown, problems, warnings, ignored }));
  return problems.length > 0 ? 2 : 0;
}
