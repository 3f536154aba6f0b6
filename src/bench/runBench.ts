// `npm run bench`: words per second of the newsgraph build beside bare compromise, on a generated corpus, and of the
// same corpus read as one long document; and the explorer on a generated graph of 10,000 nodes (layout time, page
// size, time to a drawn page in headless Chromium).
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { BenchOptionsSchema } from './BenchOptionsSchema';
import type { BuildBenchResult } from './BuildBenchResult';
import type { LoadBenchResult } from './LoadBenchResult';
import { readExplorerBundle } from '../cli/readExplorerBundle';
import { benchBuild } from './benchBuild';
import { benchExplorer } from './benchExplorer';
import { benchLongDocument } from './benchLongDocument';
import type { ExplorerBenchResult } from './ExplorerBenchResult';
import { generateCorpus } from './generateCorpus';

const TARGET_RATIO = 0.6;
// Two workers on two cores; the corpus step (resolution, graph, layout) stays on one thread and bounds it.
const TARGET_SPEEDUP = 1.6;
const MB = 1024 * 1024;

/**
 * Runs the build bench, and the Neo4j load bench when `--neo4j` is passed or NEO4J_URI is set, with settings from the
 * environment; prints tables and a final JSON line, and resolves to the exit status.
 */
export async function runBench(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Promise<number> {
  const parsed = BenchOptionsSchema.safeParse({
    documents: env.BENCH_DOCUMENTS,
    wordsPerDocument: env.BENCH_WORDS_PER_DOCUMENT,
    seed: env.BENCH_SEED,
    rounds: env.BENCH_ROUNDS,
    warmupDocuments: env.BENCH_WARMUP_DOCUMENTS,
    invented: env.BENCH_INVENTED,
    workers: env.BENCH_WORKERS,
    seedsDir: env.BENCH_SEEDS_DIR ?? resolve(__dirname, '..', '..', 'seeds'),
    explorerNodes: env.BENCH_EXPLORER_NODES,
    neo4j: argv.includes('--neo4j') || Boolean(env.NEO4J_URI),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    console.error(`bench: invalid setting ${issue?.path.join('.')}: ${issue?.message}; BENCH_* variables take positive integers (BENCH_INVENTED a share from 0 to 1).`);
    return 2;
  }
  const options = parsed.data;
  let articles: string[];
  try {
    articles = readdirSync(options.seedsDir)
      .filter((name) => /\.(txt|md|markdown)$/i.test(name))
      .sort()
      .map((name) => readFileSync(join(options.seedsDir, name), 'utf8'));
  } catch (error) {
    console.error(`bench: cannot read the articles in ${options.seedsDir} (${(error as Error).message}); set BENCH_SEEDS_DIR to a folder of articles.`);
    return 2;
  }
  if (articles.length === 0) {
    console.error(`bench: no .txt or .md article in ${options.seedsDir}; set BENCH_SEEDS_DIR to a folder of articles.`);
    return 2;
  }
  const documents = generateCorpus(articles, options);
  const [loadAverage = 0] = loadavg();
  console.log(
    `newsgraph build bench: ${documents.length} documents recombined from ${articles.length} articles, ` +
      `${Math.round(options.invented * 100)}% of their sentences invented with their own people, countries and bodies (seed ${options.seed}), ` +
      `warm-up on ${Math.min(options.warmupDocuments, documents.length)} documents, median of ${options.rounds} round(s); ` +
      `one JavaScript thread, then extraction on ${options.workers} worker threads (${availableParallelism()} cores here)`,
  );
  // Other processes competing for the cores make both timings noisy; say so rather than hide it.
  if (loadAverage >= availableParallelism()) {
    console.log(`warning: load average ${loadAverage.toFixed(2)} on ${availableParallelism()} cores: other processes are busy, expect noisy numbers`);
  }
  const result = await benchBuild(documents, options);
  console.log(formatTable(result));
  // The same words as one long document: its rate beside the articles' own extraction rate.
  const long = benchLongDocument(documents);
  const longRatio = long.wordsPerSecond / result.phases.extract.wordsPerSecond;
  console.log(
    `\nlong document: the corpus as one document of ${long.characters.toLocaleString('en-US')} characters, ` +
      `${Math.round(long.wordsPerSecond).toLocaleString('en-US')} words/s in extractDocument, ${longRatio.toFixed(2)}x the separate articles' ` +
      `${Math.round(result.phases.extract.wordsPerSecond).toLocaleString('en-US')} words/s (${longRatio >= TARGET_RATIO ? 'meets' : 'BELOW'} the ` +
      `${TARGET_RATIO}x target); progress told ${long.progressReports} times; peak RSS grew ${(long.peakRssGrowthBytes / MB).toFixed(0)} MB`,
  );
  const explorer = options.explorerNodes > 0 ? await runExplorerBench(options.explorerNodes, options.seed, env) : { skipped: 'BENCH_EXPLORER_NODES=0' };
  const load = options.neo4j ? await runLoadBench(env) : { skipped: 'set NEO4J_URI or pass --neo4j' };
  console.log(
    JSON.stringify({
      bench: 'build',
      documents: result.documents,
      words: result.words,
      rounds: result.rounds,
      compromiseWordsPerSecond: Math.round(result.phases.compromise.wordsPerSecond),
      newsgraphWordsPerSecond: Math.round(result.phases.build.wordsPerSecond),
      newsgraphWithExportsWordsPerSecond: Math.round(result.phases.buildWithExports.wordsPerSecond),
      ratio: round(result.ratio, 3),
      roundRatios: result.roundRatios.map((ratio) => round(ratio, 3)),
      ratioWithExports: round(result.ratioWithExports, 3),
      target: TARGET_RATIO,
      // null: an extractor that finds nothing makes the ratio meaningless.
      meetsTarget: result.output.entities === 0 ? null : result.ratio >= TARGET_RATIO,
      workers: result.workers.count,
      workerSpeedup: round(result.workers.speedup, 3),
      roundWorkerSpeedups: result.workers.roundSpeedups.map((speedup) => round(speedup, 3)),
      workerExtractSpeedup: round(result.workers.extractSpeedup, 3),
      workerTarget: TARGET_SPEEDUP,
      meetsWorkerTarget: result.output.entities === 0 ? null : result.workers.speedup >= TARGET_SPEEDUP && result.workers.identical,
      workersIdentical: result.workers.identical,
      workerStartSeconds: round(result.workers.startSeconds, 3),
      peakRssMb: round(result.maxRssBytes / MB, 1),
      longDocument: {
        characters: long.characters,
        wordsPerSecond: Math.round(long.wordsPerSecond),
        ratioToArticles: round(longRatio, 3),
        meetsTarget: longRatio >= TARGET_RATIO,
        progressReports: long.progressReports,
        peakRssGrowthMb: round(long.peakRssGrowthBytes / MB, 1),
        output: long.output,
      },
      loadAverageAtStart: round(loadAverage, 2),
      seconds: Object.fromEntries(Object.entries(result.phases).map(([name, phase]) => [name, round(phase.seconds, 3)])),
      workerSeconds: Object.fromEntries(Object.entries(result.workers.phases).map(([name, phase]) => [name, round(phase.seconds, 3)])),
      output: result.output,
      explorer:
        'layoutSeconds' in explorer
          ? {
              ...explorer,
              layoutSeconds: round(explorer.layoutSeconds, 2),
              pageSeconds: round(explorer.pageSeconds, 2),
              readySeconds: explorer.readySeconds === null ? null : round(explorer.readySeconds, 2),
            }
          : explorer,
      neo4j: load,
    }),
  );
  return 'error' in load || 'error' in explorer ? 1 : 0;
}

async function runExplorerBench(
  nodes: number,
  seed: number,
  env: Readonly<Record<string, string | undefined>>,
): Promise<ExplorerBenchResult | { error: string }> {
  console.log('');
  try {
    const result = await benchExplorer({ nodes, seed, script: await readExplorerBundle(), chromium: env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
    const ready =
      result.readySeconds === null
        ? `not opened: ${result.skipped ?? 'no browser'}`
        : `ready (first frame drawn) in ${result.readySeconds.toFixed(1)} s in headless Chromium ` +
          `(${result.readySeconds < result.readyTarget ? 'meets' : 'BELOW'} the ${result.readyTarget} s target)`;
    console.log(
      [
        `explorer: generated graph of ${result.nodes.toLocaleString('en-US')} nodes, ${result.edges.toLocaleString('en-US')} edges, ` +
          `${result.evidence.toLocaleString('en-US')} evidence sentences`,
        `  layout (ForceAtlas2 + Noverlap): ${result.layoutSeconds.toFixed(1)} s; page written in ${result.pageSeconds.toFixed(1)} s`,
        `  graph.html: ${(result.pageBytes / MB).toFixed(1)} MB (graph.json of the same graph: ${(result.graphJsonBytes / MB).toFixed(1)} MB)`,
        `  ${ready}`,
      ].join('\n'),
    );
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`explorer bench failed: ${message}`);
    return { error: message };
  }
}

async function runLoadBench(
  env: Readonly<Record<string, string | undefined>>,
): Promise<LoadBenchResult | { error: string }> {
  console.log('');
  try {
    // Loaded only when asked for, so that the Neo4j driver does not weigh on the build bench's memory.
    const { loadBench } = await import('./loadBench');
    return await loadBench(env, (line) => console.log(line));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Neo4j load bench failed: ${message}`);
    return { error: message };
  }
}

function formatTable(result: BuildBenchResult): string {
  const { phases } = result;
  const rows: [string, { seconds: number; wordsPerSecond: number; peakRssBytes: number }][] = [
    ['compromise nlp(text), bare baseline', phases.compromise],
    ['newsgraph extractDocument', phases.extract],
    ['newsgraph resolveCorpus', phases.resolve],
    ['newsgraph buildGraph', phases.graph],
    ['newsgraph layoutGraph', phases.layout],
    ['newsgraph build (the four above)', phases.build],
    ['exports: json + graphml + gexf + html', phases.exports],
    ['newsgraph build + exports', phases.buildWithExports],
    [`extractDocument on ${result.workers.count} workers`, result.workers.phases.extract],
    [`build with ${result.workers.count} workers (+ the corpus step)`, result.workers.phases.build],
  ];
  const header = ['phase', 'seconds', 'words/s', 'peak RSS MB'];
  const body = rows.map(([name, phase]) => [
    name,
    phase.seconds.toFixed(3),
    Number.isFinite(phase.wordsPerSecond) ? Math.round(phase.wordsPerSecond).toLocaleString('en-US') : '-',
    (phase.peakRssBytes / MB).toFixed(0),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  const verdict =
    result.output.entities === 0 ? 'not meaningful against' : result.ratio >= TARGET_RATIO ? 'meets' : 'BELOW';
  const workerVerdict =
    result.output.entities === 0 ? 'not meaningful against' : result.workers.speedup >= TARGET_SPEEDUP ? 'meets' : 'BELOW';
  return [
    `corpus: ${result.documents} documents, ${result.words.toLocaleString('en-US')} words`,
    '',
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...body.map(line),
    '',
    `ratio newsgraph build / bare compromise: ${result.ratio.toFixed(2)}x (${verdict} the ${TARGET_RATIO}x target); ` +
      `with exports: ${result.ratioWithExports.toFixed(2)}x; per round: ${result.roundRatios.map((ratio) => ratio.toFixed(2)).join(', ')}`,
    `${result.workers.count} workers / one thread: build ${result.workers.speedup.toFixed(2)}x (${workerVerdict} the ${TARGET_SPEEDUP}x target), ` +
      `extraction ${result.workers.extractSpeedup.toFixed(2)}x; per round: ${result.workers.roundSpeedups.map((speedup) => speedup.toFixed(2)).join(', ')}; ` +
      `workers started and warmed up in ${result.workers.startSeconds.toFixed(1)} s; ` +
      `graph ${result.workers.identical ? 'identical to' : 'DIFFERENT from'} the one-thread build's`,
    `output: ${result.output.entities} entities, ${result.output.mentions} mentions, ${result.output.relations} relations ` +
      `-> ${result.output.nodes} nodes, ${result.output.edges} edges` +
      (result.output.entities === 0 ? ' (the extractor found nothing: these numbers do not measure extraction yet)' : ''),
    `peak resident memory of the process: ${(result.maxRssBytes / MB).toFixed(0)} MB`,
  ].join('\n');
}

function round(value: number, digits: number): number {
  return Number.isFinite(value) ? Number(value.toFixed(digits)) : value;
}

if (require.main === module) {
  void runBench(process.argv.slice(2), process.env).then((status) => {
    process.exitCode = status;
  });
}
