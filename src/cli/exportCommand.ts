import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseSerializedGraph } from '../loader/parseSerializedGraph';
import { toAdminImportFiles } from '../loader/toAdminImportFiles';
import type { CliIo } from './CliIo';
import { ExportOptionsSchema } from './ExportOptionsSchema';
import { OutputWriteError } from './OutputWriteError';
import { parseOptions } from './parseOptions';
import { readGraphFile } from './readGraphFile';

const HELP = `Usage: newsgraph export <graph.json> --format neo4j-admin --out <dir>

Writes a built graph as the CSV files \`neo4j-admin database import full\` reads (documents.csv, entities.csv,
mentions.csv, relations.csv) and neo4j-admin-import.json, the options to read them with. \`npm run neo4j:import -- <dir>\`
imports them into the local server's database, replacing what it held: the fastest way to load a large graph
into an empty database. Loading into a database that already holds a graph is \`newsgraph load\`'s work.

Options:
  --format <format>  neo4j-admin
  -o, --out <dir>    output folder, created if missing
  -h, --help         show this help
`;

const FLAGS = { format: { type: 'string' }, out: { type: 'string', short: 'o' } } as const;

/** The manifest `npm run neo4j:import` reads: which file holds nodes or relationships, and the CSV options. */
export const ADMIN_IMPORT_MANIFEST = 'neo4j-admin-import.json';

/** `newsgraph export <graph.json> --format neo4j-admin --out <dir>`: writes neo4j-admin import CSVs of a graph. */
export async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions('export', args, FLAGS, ExportOptionsSchema);
  if (parsed.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const [file = ''] = parsed.options.inputs;
  const graph = parseSerializedGraph(await readGraphFile(file, io.cwd), file);
  const { files, arrayDelimiter, multilineFields } = toAdminImportFiles(graph);
  const folder = resolve(io.cwd, parsed.options.out);
  const manifest = {
    nodes: files.filter((each) => each.kind === 'nodes').map((each) => each.name),
    relationships: files.filter((each) => each.kind === 'relationships').map((each) => each.name),
    arrayDelimiter,
    multilineFields,
  };
  const outputs = [...files.map((each) => [each.name, each.text] as const), [ADMIN_IMPORT_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`] as const];
  try {
    await mkdir(folder, { recursive: true });
    for (const [name, text] of outputs) await writeFile(join(folder, name), text, 'utf8');
  } catch (error) {
    throw new OutputWriteError(folder, error instanceof Error ? error.message : String(error), { cause: error });
  }
  io.stdout.write(`Wrote ${outputs.map(([name]) => name).join(', ')} to ${parsed.options.out}; import them with: npm run neo4j:import -- ${parsed.options.out}\n`);
  return 0;
}
