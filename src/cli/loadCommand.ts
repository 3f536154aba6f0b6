import type { InputError } from '../document/InputError';
import type { InputWarning } from '../document/InputWarning';
import { buildGraph } from '../graph/buildGraph';
import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import { loadGraph } from '../loader/loadGraph';
import { Neo4jClient } from '../loader/Neo4jClient';
import { formatLoadSummary } from '../loader/formatLoadSummary';
import { parseSerializedGraph } from '../loader/parseSerializedGraph';
import { checkServer } from '../loader/prepareDatabase';
import { resolveNeo4jConnection } from '../loader/Neo4jConnection';
import { resolveCorpus } from '../pipeline/resolveCorpus';
import type { CliIo } from './CliIo';
import { createProgress, type Progress } from './createProgress';
import { extractDocuments } from './extractDocuments';
import { LoadOptionsSchema } from './LoadOptionsSchema';
import { parseOptions } from './parseOptions';
import { readLoadStatements } from './readCypherFile';
import { readGraphFile } from './readGraphFile';
import { readInputs } from './readInputs';

const HELP = `Usage: newsgraph load --from <graph.json> [options]
       newsgraph load <files or folders...> [options]

Loads a graph into Neo4j: the graph.json that \`newsgraph build\` wrote, or one built on the fly from articles.
Applies cypher/schema.cypher, then merges documents, entities and relations in batched transactions. Loading
the same graph again changes nothing; loading new articles merges entities by id and appends only new evidence.

Options:
  -f, --from <file>      graph.json to load
      --uri <uri>        Neo4j URI (env NEO4J_URI; default bolt://127.0.0.1:7687; neo4j+s://... for Aura)
  -u, --username <name>  user (env NEO4J_USERNAME; default neo4j)
  -p, --password <pw>    password (env NEO4J_PASSWORD; default newsgraph, the local server's)
  -d, --database <name>  database (env NEO4J_DATABASE; default neo4j)
      --batch-size <n>   rows per transaction (default 5000)
      --concurrency <n>  transactions at once within a phase (default 2; deadlocks are retried)
  -h, --help             show this help

Flags override the environment. Start the local server with \`npm run neo4j:start\`.
Exit status: 0 when loaded, 2 when loaded but some articles were skipped, 1 on any error.
`;

const FLAGS = {
  from: { type: 'string', short: 'f' },
  uri: { type: 'string' },
  username: { type: 'string', short: 'u' },
  password: { type: 'string', short: 'p' },
  database: { type: 'string', short: 'd' },
  'batch-size': { type: 'string' },
  concurrency: { type: 'string' },
} as const;

/**
 * `newsgraph load [--from graph.json | <articles...>]`: loads a graph into Neo4j idempotently, with one progress line
 * over batches on stderr and a summary of nodes and relationships created versus matched on stdout.
 */
export async function loadCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions('load', args, FLAGS, LoadOptionsSchema);
  if (parsed.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const { inputs, from, uri, username, password, database, 'batch-size': batchSize, concurrency } = parsed.options;
  const connection = resolveNeo4jConnection({ uri, username, password, database }, io.env);
  const statements = readLoadStatements();
  // A graph file is checked before connecting (reading it is cheap); articles are extracted only once the server has
  // answered, so a server that is down fails in seconds, not after the extraction.
  const fromFile = from === undefined ? undefined : parseSerializedGraph(await readGraphFile(from, io.cwd), from);
  const client = await Neo4jClient.connect(connection);
  let progress: Progress | undefined;
  let finished = false;
  try {
    await checkServer(client, statements, connection.uri);
    let graph: SerializedGraph;
    let problems: InputError[] = [];
    if (fromFile) {
      graph = fromFile;
    } else {
      const built = await buildFromArticles(inputs, io);
      for (const problem of built.problems) io.stderr.write(`${problem.message}\n`);
      for (const warning of built.warnings) io.stderr.write(`warning: ${warning.message}\n`);
      if (!built.graph) {
        io.stderr.write(`newsgraph load: nothing to load, no readable document in ${inputs.join(', ')}\n`);
        return 1;
      }
      graph = built.graph;
      problems = built.problems;
    }
    const { version, summary } = await loadGraph(client, graph, statements, {
      batchSize,
      concurrency,
      uri: connection.uri,
      onProgress: ({ done, total }) => {
        // One line: redrawn in place on a terminal, written once at the end in a log.
        progress ??= createProgress(io.stderr, { isTTY: io.isTTY, total, label: 'loading batches', every: Number.POSITIVE_INFINITY });
        progress.tick();
        if (done === total) {
          progress.done();
          finished = true;
        }
      },
    });
    io.stdout.write(formatLoadSummary(summary, `${connection.uri} (database ${connection.database}, Neo4j ${version})`));
    return problems.length > 0 ? 2 : 0;
  } finally {
    // A failure mid-bar must not leave the error message on the bar's line.
    if (progress && !finished && io.isTTY) io.stderr.write('\n');
    await client.close();
  }
}

// The same steps as `newsgraph build`, without writing files.
async function buildFromArticles(
  inputs: readonly string[],
  io: CliIo,
): Promise<{ graph?: SerializedGraph; problems: InputError[]; warnings: InputWarning[] }> {
  const { documents, problems, warnings } = await readInputs(inputs, io);
  if (documents.length === 0) return { problems, warnings };
  const { extractions, problems: failed } = await extractDocuments(documents, io);
  return { graph: parseSerializedGraph(buildGraph(resolveCorpus(extractions)).export(), 'the graph built from the articles'), problems: [...problems, ...failed], warnings };
}
