import { BuildOptionsSchema } from './BuildOptionsSchema';
import type { CliIo } from './CliIo';
import { extractDocuments } from './extractDocuments';
import { helpText } from './helpText';
import { parseOptions } from './parseOptions';
import { readInputs } from './readInputs';
import { readRuleFile } from './readRuleFile';
import { writeCorpusGraph } from './writeCorpusGraph';

const MIN_DOCUMENTS_PER_WORKER = 20;

/**
 * `newsgraph build <files or folders...> --out <dir> [--date YYYY-MM-DD] [--workers N]`: reads the articles, extracts
 * entities and relations (on N worker threads), resolves them across the corpus, lays the graph out, writes
 * graph.json, graph.graphml, graph.gexf and graph.html (the explorer), and prints a summary. Exit code 0 (also when inputs were read with a warning), or 2 when inputs were skipped.
 */
export async function buildCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(
    'build',
    args,
    { out: { type: 'string', short: 'o' }, rules: { type: 'string' }, date: { type: 'string' }, workers: { type: 'string' } },
    BuildOptionsSchema,
  );
  if (parsed.help) {
    io.stdout.write(helpText('build'));
    return 0;
  }
  const { inputs, out, rules, date, workers } = parsed.options;
  const ruleFile = await readRuleFile(rules, io);
  const { documents, problems, warnings, ignored } = await readInputs(inputs, io);
  if (documents.length === 0) {
    for (const problem of problems) io.stderr.write(`${problem.message}\n`);
    for (const warning of warnings) io.stderr.write(`warning: ${warning.message}\n`);
    io.stderr.write(`newsgraph build: nothing to build, no readable document in ${inputs.join(', ')}\n`);
    return 1;
  }

  // Only extraction runs on the workers; results come back in document order, so the graph is the same for any count.
  // A worker loads its own knowledge (a second or more): by default, one only for every MIN_DOCUMENTS_PER_WORKER documents.
  const byDefault = Math.min(io.cores ?? 1, Math.max(1, Math.floor(documents.length / MIN_DOCUMENTS_PER_WORKER)));
  const threads = Math.min(workers ?? byDefault, documents.length);
  const extracted = await extractDocuments(documents, io, { workers: threads, ...(ruleFile ? { rules: ruleFile } : {}), ...(date ? { date } : {}) });
  problems.push(...extracted.problems);
  return writeCorpusGraph('build', extracted.extractions, { out, problems, warnings, ignored }, io);
}
