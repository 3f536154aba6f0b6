// The Neo4j load bench: a generated graph of at least 100,000 relationships loaded in batches, beside the same
// statements sent one row per transaction on a smaller graph, against the server NEO4J_* (or the defaults) name.
// A smaller graph is loaded and removed first, untimed: a freshly started server compiles its hot code and plans
// each statement on first use, which would otherwise be charged to whichever load came first. Rounds still vary
// (the JVM keeps compiling, other processes compete for the two cores), so the large graph is loaded in several
// rounds and the median is reported, like the build bench's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readLoadStatements } from '../cli/readCypherFile';
import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import { findStatement } from '../loader/parseCypherFile';
import { type BatchWriter, loadBatches } from '../loader/loadBatches';
import type { LoadStatements } from '../loader/parseCypherFile';
import { Neo4jClient } from '../loader/Neo4jClient';
import { planLoad } from '../loader/planLoad';
import { prepareDatabase } from '../loader/prepareDatabase';
import { DEFAULT_NEO4J_CONNECTION, resolveNeo4jConnection } from '../loader/Neo4jConnection';
import { toAdminImportFiles } from '../loader/toAdminImportFiles';
import { generateLoadGraph } from './generateLoadGraph';
import { LoadBenchOptionsSchema } from './LoadBenchOptionsSchema';
import { medianRound } from './medianRound';
import type { AdminImportResult, LoadBenchResult, LoadRunResult } from './LoadBenchResult';

const TARGET_RELATIONSHIPS_PER_SECOND = 20_000;
const ADMIN_TARGET = 100_000;
// Id namespaces of the generated graphs: removed before and after, nothing else in the database is touched.
const BATCHED = 'benchbatched';
const SINGLE = 'benchsingle';
const WARM_UP = 'benchwarmup';
const ADMIN = 'benchadmin';
// Same place from src/bench (ts-jest) and dist/bench (built).
const NEO4J_SCRIPT = join(__dirname, '..', '..', 'scripts', 'neo4j.mjs');

/**
 * Exports a graph as neo4j-admin CSVs into a temporary folder and imports them into the local server's scratch
 * database (`node scripts/neo4j.mjs import DIR --scratch`: the server and its database are left alone, the scratch
 * database is removed afterwards). Throughput is the tool's relationships over its own import time.
 */
function adminImportRun(graph: SerializedGraph, log: (line: string) => void): AdminImportResult {
  const folder = mkdtempSync(join(tmpdir(), 'newsgraph-admin-import-'));
  try {
    let started = performance.now();
    const { files, arrayDelimiter, multilineFields } = toAdminImportFiles(graph);
    for (const file of files) writeFileSync(join(folder, file.name), file.text);
    const manifest = { nodes: names(files, 'nodes'), relationships: names(files, 'relationships'), arrayDelimiter, multilineFields };
    writeFileSync(join(folder, 'neo4j-admin-import.json'), JSON.stringify(manifest));
    const exportSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const run = spawnSync(process.execPath, [NEO4J_SCRIPT, 'import', folder, '--scratch'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const last = run.stdout.trim().split('\n').at(-1) ?? '';
    if (run.status !== 0 || !last.startsWith('{')) throw new Error(`neo4j-admin import failed: ${run.stderr || run.stdout}`);
    const { import: report } = JSON.parse(last) as { import: { nodes: number; relationships: number; importSeconds: number; wallSeconds: number } };
    log(
      `neo4j-admin import of ${report.relationships.toLocaleString('en-US')} relationships and ${report.nodes.toLocaleString('en-US')} nodes ` +
        `(a scratch database, removed after): ${report.importSeconds.toFixed(1)} s (${((performance.now() - started) / 1000).toFixed(1)} s with the JVM's start), CSVs written in ${exportSeconds.toFixed(1)} s`,
    );
    return { ...report, exportSeconds, relationshipsPerSecond: report.relationships / report.importSeconds };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function names(files: readonly { name: string; kind: string }[], kind: string): string[] {
  return files.filter((file) => file.kind === kind).map((file) => file.name);
}

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
    adminRelationships: env.BENCH_LOAD_ADMIN_RELATIONSHIPS,
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
    const adminImport =
      options.adminRelationships === 0
        ? { skipped: 'BENCH_LOAD_ADMIN_RELATIONSHIPS=0' }
        : connection.uri !== DEFAULT_NEO4J_CONNECTION.uri
          ? { skipped: `neo4j-admin runs on the server's own files: only the local server (${DEFAULT_NEO4J_CONNECTION.uri}) is measured` }
          : adminImportRun(scaled(ADMIN, options.adminRelationships, options.seed + 2), log);
    const result = {
      server,
      warmUpRelationships: warmUp?.edges.length ?? 0,
      batched,
      batchedRounds: rounds.map((run) => run.relationshipsPerSecond),
      oneRowPerTransaction,
      adminImport,
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
    'relationships' in result.adminImport
      ? `neo4j-admin import relationships/s: ${Math.round(result.adminImport.relationshipsPerSecond).toLocaleString('en-US')} ` +
        `(${result.adminImport.relationshipsPerSecond >= ADMIN_TARGET ? 'meets' : 'BELOW'} the ${ADMIN_TARGET.toLocaleString('en-US')}/s target; relations and MENTIONED_IN over the tool's import time)`
      : `neo4j-admin import: skipped (${result.adminImport.skipped})`,
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
