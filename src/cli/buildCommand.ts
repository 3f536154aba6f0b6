import { join, resolve } from 'node:path';
import { layoutGraph } from '../explorer/layoutGraph';
import { buildGraph } from '../graph/buildGraph';
import { resolveCorpus } from '../pipeline/resolveCorpus';
import { BuildOptionsSchema } from './BuildOptionsSchema';
import type { CliIo } from './CliIo';
import { extractDocuments } from './extractDocuments';
import { formatSummary } from './formatSummary';
import { helpText } from './helpText';
import { parseOptions } from './parseOptions';
import { readInputs } from './readInputs';
import { readRuleFile } from './readRuleFile';
import { writeGraphFiles } from './writeGraphFiles';

/**
 * `newsgraph build <files or folders...> --out <dir> [--date YYYY-MM-DD]`: reads the articles, extracts and resolves
 * entities and relations, lays the graph out, writes graph.json, graph.graphml, graph.gexf and graph.html (the
 * explorer), and prints a summary. Exit code 0 (also when inputs were read with a warning), or 2 when inputs were skipped.
 */
export async function buildCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(
    'build',
    args,
    { out: { type: 'string', short: 'o' }, rules: { type: 'string' }, date: { type: 'string' } },
    BuildOptionsSchema,
  );
  if (parsed.help) {
    io.stdout.write(helpText('build'));
    return 0;
  }
  const { inputs, out, rules, date } = parsed.options;
  const lexicon = await readRuleFile(rules, io);
  const { documents, problems, warnings, ignored } = await readInputs(inputs, io);
  if (documents.length === 0) {
    for (const problem of problems) io.stderr.write(`${problem.message}\n`);
    for (const warning of warnings) io.stderr.write(`warning: ${warning.message}\n`);
    io.stderr.write(`newsgraph build: nothing to build, no readable document in ${inputs.join(', ')}\n`);
    return 1;
  }

  const extracted = extractDocuments(documents, io, { ...(lexicon ? { lexicon } : {}), ...(date ? { date } : {}) });
  problems.push(...extracted.problems);
  const count = extracted.extractions.length;
  // Laid out once here, so graph.json, GraphML, GEXF and graph.html all open with the same positions. The extractions
  // are let go once the graph is built: only the graph is held while it is laid out and written.
  const graph = layoutGraph(buildGraph(resolveCorpus(extracted.extractions.splice(0))));
  const written = await writeGraphFiles(graph, resolve(io.cwd, out));
  const shown = written.map((name) => join(out, name));
  io.stdout.write(formatSummary({ documents: count, graph, written: shown, problems, warnings, ignored }));
  return problems.length > 0 ? 2 : 0;
}
