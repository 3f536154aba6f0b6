import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Document } from '../document/DocumentSchema';
import type { InputError } from '../document/InputError';
import { withDefaultDate } from '../document/withDefaultDate';
import type { CliIo } from './CliIo';
import { ExtractOptionsSchema } from './ExtractOptionsSchema';
import { UsageError } from './UsageError';
import { claimDocumentIds } from './claimDocumentIds';
import { createExtractionPool } from './createExtractionPool';
import { extractInOrder } from './extractInOrder';
import { helpText } from './helpText';
import { listInputFiles } from './listInputFiles';
import { parseOptions } from './parseOptions';
import { readRuleFile } from './readRuleFile';
import { readInputFile } from './readInputFile';
import { readJsonlStream } from './readJsonlStream';
import { writeLine } from './writeLine';

/**
 * `newsgraph extract <files...> [--jsonl <file or ->] [--date YYYY-MM-DD] [--workers N]`: prints one JSON line per
 * document (its `DocumentExtraction`), in input order as each is extracted (on N worker threads), without corpus-wide
 * resolution; skipped inputs and warnings go to stderr. Exit code 0 (also with warnings), 2 when inputs were skipped.
 */
export async function extractCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(
    'extract',
    args,
    { jsonl: { type: 'string' }, rules: { type: 'string' }, date: { type: 'string' }, workers: { type: 'string' } },
    ExtractOptionsSchema,
  );
  if (parsed.help) {
    io.stdout.write(helpText('extract'));
    return 0;
  }
  const { inputs, jsonl, rules, date, workers = io.cores ?? 1 } = parsed.options;
  const ruleFile = await readRuleFile(rules, io);
  const stdin = io.stdin;
  if (jsonl === '-' && !stdin) throw new UsageError('--jsonl -: there is no standard input to read', 'extract');

  let documents = 0;
  let skipped = 0;
  const report = (problem: InputError): void => {
    skipped++;
    io.stderr.write(`${problem.message}\n`);
  };

  const taken = new Set<string>();
  async function* documentsRead(): AsyncGenerator<Document> {
    if (inputs.length > 0) {
      const listing = await listInputFiles(inputs, io.cwd);
      listing.problems.forEach(report);
      for (const file of listing.files) {
        const read = claimDocumentIds(await readInputFile(file), taken, file.kind);
        read.problems.forEach(report);
        for (const warning of read.warnings) io.stderr.write(`warning: ${warning.message}\n`);
        for (const document of read.documents) yield withDefaultDate(document, date);
      }
    }
    if (jsonl !== undefined) {
      const stream = jsonl === '-' && stdin ? stdin : createReadStream(resolve(io.cwd, jsonl));
      const name = jsonl === '-' ? 'stdin' : jsonl;
      for await (const item of readJsonlStream(stream as AsyncIterable<Uint8Array | string>, name, taken)) {
        if ('problem' in item) report(item.problem);
        else yield withDefaultDate(item.document, date);
      }
    }
  }

  // Lines come out in input order, as soon as each document and those before it are extracted.
  const pool = createExtractionPool({ workers, ...(ruleFile ? { rules: ruleFile } : {}) });
  try {
    await extractInOrder(documentsRead(), pool, async (result) => {
      if ('problem' in result) return report(result.problem);
      documents++;
      await writeLine(io.stdout, JSON.stringify(result.extraction));
    });
  } finally {
    await pool.close();
  }
  if (documents === 0) {
    io.stderr.write('newsgraph extract: no readable document in the input\n');
    return 1;
  }
  return skipped > 0 ? 2 : 0;
}
