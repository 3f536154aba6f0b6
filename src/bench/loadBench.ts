// The Neo4j load bench: a generated graph of at least 100,000 relationships loaded in batches, beside the same
// statements sent one row per transaction on a smaller graph, against the server NEO4J_* (or the defaults) name.
// A smaller graph is loaded and removed first, untimed: a freshly started server compiles its hot code and plans
// each statement on first use, which would otherwise be charged to whichever load came first. Rounds still vary
// (the JVM keeps compiling, other processes compete for the two cores), so the large graph is loaded in several
// rounds and the median is reported, like the build bench's.
import { performance } from 'node:perf_hooks';
import { readLoadStatements } from '../cli/readCypherFile';
import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import { findStatement } from '../loader/parseCypherFile';
import { type BatchWriter, loadBatches } from '../loader/loadBatches';
import type { LoadStatements } from '../loader/parseCypherFile';
import { Neo4jClient } from '../loader/Neo4jClient';
import { planLoad } from '../loader/planLoad';
import { prepareDatabase } from '../loader/prepareDatabase';
import { resolveNeo4jConnection } from '../loader/Neo4jConnection';
import { generateLoadGraph } from './generateLoadGraph';
import { LoadBenchOptionsSchema } from './LoadBenchOptionsSchema';
import { medianRound } from './medianRound';
import type { LoadBenchResult, LoadRunResult } from './LoadBenchResult';

const TARGET_RELATIONSHIPS_PER_SECOND = 10_000;
// Id namespaces of the generated graphs: removed before and after, nothing else in the database is touched.
const BATCHED = 'benchbatched';
const SINGLE = 'benchsingle';
const WARM_UP = 'benchwarmup';

/**
 * Runs the load bench against the server named by NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE
 * (default: the local server), with sizes from BENCH_LOAD_* variables; prints a table through `log` and returns
 * relationships/s and nodes/s for the batched load and for one row per transaction.
 */
export async function loadBench(
  env: Readonly<Record<string, string | undefined>>,
  log: (line: string) => void = console.log,
): Promise<LoadBenchResult> {
  const options = LoadBenchOptionsSchema.parse({
    relationships: env.BENCH_LOAD_RELATIONSHIPS,
    entities: env.BENCH_LOAD_ENTITIES,
    documents: env.BENCH_LOAD_DOCUMENTS,
    batchSize: env.BENCH_LOAD_BATCH_SIZE,
    concurrency: env.BENCH_LOAD_CONCURRENCY,
    rounds: env.BENCH_LOAD_ROUNDS,
    baselineRelationships: env.BENCH_LOAD_BASELINE_RELATIONSHIPS,
    warmUpRelationships: env.BENCH_LOAD_WARMUP_RELATIONSHIPS,
    seed: env.BENCH_SEED,
  });
  const connection = resolveNeo4jConnection({}, env);
  const statements = readLoadStatements();
  const large = generateLoadGraph({ namespace: BATCHED, ...options });
  // The baseline and warm-up graphs keep the large one's proportions.
  const scaled = (namespace: string, relationships: number, seed: number) => {
    const scale = relationships / options.relationships;
    return generateLoadGraph({
      namespace,
      relationships,
      entities: Math.max(10, Math.round(options.entities * scale)),
      documents: Math.max(1, Math.round(options.documents * scale)),
      seed,
    });
  };
  const small = scaled(SINGLE, options.baselineRelationships, options.seed);
  // Another seed: the warm-up shares no rows with the timed graphs (their ids differ anyway).
  const warmUpRelationships = options.warmUpRelationships ?? Math.round(options.relationships / 5);
  const warmUp = warmUpRelationships > 0 ? scaled(WARM_UP, warmUpRelationships, options.seed + 1) : undefined;

  const client = await Neo4jClient.connect(connection);
  try {
    const version = await prepareDatabase(client, statements, connection.uri);
    const server = `Neo4j ${version} at ${connection.uri} (database ${connection.database})`;
    log(
      `Neo4j load bench on ${server}: ${large.edges.length.toLocaleString('en-US')} relationships, ` +
        `${(large.nodes.length + large.attributes.documents.length).toLocaleString('en-US')} nodes in batches of ${options.batchSize}, ${options.concurrency} transaction(s) at once, median of ${options.rounds} round(s); ` +
        `baseline ${small.edges.length.toLocaleString('en-US')} relationships one row per transaction`,
    );
    log(
      warmUp
        ? `warm-up, not timed: the same batched load of a ${warmUp.edges.length.toLocaleString('en-US')}-relationship graph, then its removal, ` +
            'so the server has compiled its hot code and planned every statement (BENCH_LOAD_WARMUP_RELATIONSHIPS=0 times a cold server)'
        : 'no warm-up (BENCH_LOAD_WARMUP_RELATIONSHIPS=0): the first load also pays for the server compiling its code and planning each statement',
    );
    if (warmUp) await timedLoad(client, statements, warmUp, { batchSize: options.batchSize, concurrency: options.concurrency }, WARM_UP);
    const rounds: LoadRunResult[] = [];
    for (let round = 0; round < options.rounds; round += 1) {
      rounds.push(await timedLoad(client, statements, large, { batchSize: options.batchSize, concurrency: options.concurrency }, BATCHED));
    }
    const batched = medianRound(rounds, (run) => run.relationshipsPerSecond);
    const oneRowPerTransaction = await timedLoad(client, statements, small, { batchSize: 1, concurrency: 1 }, SINGLE);
    const result = {
      server,
      warmUpRelationships: warmUp?.edges.length ?? 0,
      batched,
      batchedRounds: rounds.map((run) => run.relationshipsPerSecond),
      oneRowPerTransaction,
      target: TARGET_RELATIONSHIPS_PER_SECOND,
      meetsTarget: batched.relationshipsPerSecond >= TARGET_RELATIONSHIPS_PER_SECOND,
    };
    log(formatTable(result));
    return result;
  } finally {
    await client.close();
  }
}

async function timedLoad(
  client: Neo4jClient,
  statements: LoadStatements,
  graph: SerializedGraph,
  { batchSize, concurrency }: { batchSize: number; concurrency: number },
  namespace: string,
): Promise<LoadRunResult> {
  const deleteMatching = findStatement(statements.maintenance, 'deleteMatching', 'cypher/maintenance.cypher');
  const idPattern = `^(person|country|organization|location):${namespace}-.*|^${namespace}/.*`;
  await client.run(deleteMatching.text, { idPattern });
  try {
    const batches = planLoad(graph, statements.load, batchSize);
    const write: BatchWriter = (cypher, parameters) => client.write(cypher, parameters);
    const nodeBatches = batches.filter((batch) => batch.phase !== 'relations');
    const relationBatches = batches.filter((batch) => batch.phase === 'relations');
    let started = performance.now();
    const nodes = await loadBatches(nodeBatches, write, undefined, concurrency);
    const nodeSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const relations = await loadBatches(relationBatches, write, undefined, concurrency);
    const relationshipSeconds = (performance.now() - started) / 1000;
    const nodesCreated = nodes.documents.created + nodes.entities.created;
    return {
      batchSize,
      concurrency,
      batches: batches.length,
      nodes: nodesCreated,
      relationships: relations.relations.created,
      mentions: nodes.mentions.created,
      nodeSeconds,
      relationshipSeconds,
      nodesPerSecond: nodesCreated / nodeSeconds,
      relationshipsPerSecond: relations.relations.created / relationshipSeconds,
    };
  } finally {
    await client.run(deleteMatching.text, { idPattern });
  }
}

function formatTable(result: LoadBenchResult): string {
  const rows = [
    ['batched (median round)', result.batched],
    ['one row per transaction', result.oneRowPerTransaction],
  ] as const;
  const header = ['load', 'batch', 'at once', 'nodes', 'nodes/s', 'relationships', 'relationships/s'];
  const body = rows.map(([name, run]) => [
    name,
    String(run.batchSize),
    String(run.concurrency),
    run.nodes.toLocaleString('en-US'),
    Math.round(run.nodesPerSecond).toLocaleString('en-US'),
    run.relationships.toLocaleString('en-US'),
    Math.round(run.relationshipsPerSecond).toLocaleString('en-US'),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  const speedup = result.batched.relationshipsPerSecond / result.oneRowPerTransaction.relationshipsPerSecond;
  return [
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...body.map(line),
    '',
    `batched relationships/s: ${Math.round(result.batched.relationshipsPerSecond).toLocaleString('en-US')} ` +
      `(${result.meetsTarget ? 'meets' : 'BELOW'} the ${result.target.toLocaleString('en-US')}/s target), ` +
      `${speedup.toFixed(1)}x one row per transaction; per round: ` +
      `${result.batchedRounds.map((rate) => Math.round(rate).toLocaleString('en-US')).join(', ')}; nodes/s include their MENTIONED_IN links`,
  ].join('\n');
}

if (require.main === module) {
  loadBench(process.env).then(
    (result) => console.log(JSON.stringify({ bench: 'load', ...result })),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
