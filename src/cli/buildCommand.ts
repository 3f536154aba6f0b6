import type { DocumentExtraction } from '../pipeline/DocumentExtractionSchema';
import { withDefaultDate } from '../document/withDefaultDate';
import { BuildOptionsSchema } from './BuildOptionsSchema';
import type { CliIo } from './CliIo';
import { createProgress } from './createProgress';
import { extractSafely } from './extractSafely';
import { helpText } from './helpText';
import { parseOptions } from './parseOptions';
import { readInputs } from './readInputs';
import { readRuleFile } from './readRuleFile';
import { writeCorpusGraph } from './writeCorpusGraph';

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

  const progress = createProgress(io.stderr, { isTTY: io.isTTY, total: documents.length, label: 'extracting documents' });
  const extractions: DocumentExtraction[] = [];
  for (const document of documents) {
    const result = extractSafely(withDefaultDate(document, date), lexicon ? { lexicon } : {});
    if ('extraction' in result) extractions.push(result.extraction);
    else problems.push(result.problem);
    progress.tick();
  }
  progress.done();

  return writeCorpusGraph('build', extractions, { out, problems, warnings, ignored }, io);
}
