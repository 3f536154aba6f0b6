import type { CliIo } from './CliIo';
import { MergeOptionsSchema } from './MergeOptionsSchema';
import { helpText } from './helpText';
import { parseOptions } from './parseOptions';
import { readExtractions } from './readExtractions';
import { writeCorpusGraph } from './writeCorpusGraph';

/**
 * `newsgraph merge <extractions.jsonl...> --out <dir>`: the corpus step of `build` over `newsgraph extract` outputs
 * (shards extracted anywhere, merged in the order given): cross-document resolution, the graph, its layout and every
 * export, the same files `build` writes over the same documents. Exit code 0, 2 when lines or files were skipped, 1
 * when nothing could be read.
 */
export async function mergeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions('merge', args, { out: { type: 'string', short: 'o' } }, MergeOptionsSchema);
  if (parsed.help) {
    io.stdout.write(helpText('merge'));
    return 0;
  }
  const { inputs, out } = parsed.options;
  const { extractions, problems } = await readExtractions(inputs, io);
  if (extractions.length === 0) {
    for (const problem of problems) io.stderr.write(`${problem.message}\n`);
    io.stderr.write(`newsgraph merge: nothing to merge, no readable extraction in ${inputs.join(', ')}\n`);
    return 1;
  }
  return writeCorpusGraph('merge', extractions, { out, problems, warnings: [], ignored: [] }, io);
}
