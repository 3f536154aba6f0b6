import type { Document } from '../document/DocumentSchema';
import type { DocumentExtraction } from '../pipeline/DocumentExtractionSchema';
import { withDefaultDate } from '../document/withDefaultDate';
import { BuildOptionsSchema } from './BuildOptionsSchema';
import type { CliIo } from './CliIo';
import { createProgress } from './createProgress';
import { createExtractionPool } from './createExtractionPool';
import { extractInOrder } from './extractInOrder';
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

  const progress = createProgress(io.stderr, { isTTY: io.isTTY, total: documents.length, label: 'extracting documents' });
  // Only extraction runs on the workers; results come back in document order, so the graph is the same for any count.
  // A worker loads its own knowledge (a second or more): by default, one only for every MIN_DOCUMENTS_PER_WORKER documents.
  const byDefault = Math.min(io.cores ?? 1, Math.max(1, Math.floor(documents.length / MIN_DOCUMENTS_PER_WORKER)));
  const threads = Math.min(workers ?? byDefault, documents.length);
  // In this thread, the progress line also moves within a long document.
  const onProgress = (done: number, total: number): void => progress.part(done / total);
  const pool = createExtractionPool({ workers: threads, onProgress, ...(ruleFile ? { rules: ruleFile } : {}) });
  const extractions: DocumentExtraction[] = [];
  try {
    await extractInOrder(
      releasing(documents, date),
      pool,
      (result) => {
        if ('extraction' in result) extractions.push(result.extraction);
        else problems.push(result.problem);
        progress.tick();
      },
    );
  } finally {
    await pool.close();
  }
  progress.done();
  return writeCorpusGraph('build', extractions, { out, problems, warnings, ignored }, io);
}

// Each document dated and let go as it is handed on, so a corpus's texts are not all held while its extractions grow.
function* releasing(documents: (Document | undefined)[], date: string | undefined): Generator<Document> {
  for (let index = 0; index < documents.length; index++) {
    const document = documents[index];
    documents[index] = undefined;
    if (document) yield withDefaultDate(document, date);
  }
  documents.length = 0;
}
