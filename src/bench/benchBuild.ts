import nlp from 'compromise';
import type { Document } from '../document/DocumentSchema';
import { toGexf } from '../exporters/toGexf';
import { toGraphJson } from '../exporters/toGraphJson';
import { toGraphml } from '../exporters/toGraphml';
import { layoutGraph } from '../explorer/layoutGraph';
import { toExplorerHtml } from '../explorer/toExplorerHtml';
import { buildGraph } from '../graph/buildGraph';
import type { NewsGraph } from '../graph/NewsGraph';
import type { DocumentExtraction } from '../pipeline/DocumentExtractionSchema';
import { extractDocument } from '../pipeline/extractDocument';
import { resolveCorpus } from '../pipeline/resolveCorpus';
import { createExtractionPool } from '../cli/createExtractionPool';
import type { ExtractionPool } from '../cli/ExtractionPool';
import { extractInOrder } from '../cli/extractInOrder';
import type { BuildBenchResult } from './BuildBenchResult';
import { countWords } from './countWords';
import { medianRound } from './medianRound';

interface PeakRss {
  bytes: number;
}

interface CompromiseRound {
  seconds: number;
  peak: number;
}

interface CorpusRound {
  resolve: number;
  graph: number;
  layout: number;
  laidOut: NewsGraph;
  output: BuildBenchResult['output'];
}

interface NewsgraphRound extends CorpusRound {
  extract: number;
  peakBuild: number;
}

interface ExportedRound extends NewsgraphRound {
  exports: number;
  peakExports: number;
}

/**
 * Measures the newsgraph build pipeline (extractDocument per document, resolveCorpus, buildGraph, layoutGraph) against
 * bare compromise tagging of the same documents in the same process: a warm-up on the first `warmupDocuments`
 * documents, then `rounds` rounds of both, alternating which goes first. Then the same build with extraction on
 * `workers` worker threads (the CLI's pool, started and warmed up once, as the one-thread pipeline was), `rounds`
 * rounds. Resident memory (worker threads included) is sampled after every document.
 */
export async function benchBuild(
  documents: readonly Document[],
  options: { rounds: number; warmupDocuments: number; workers: number },
): Promise<BuildBenchResult> {
  const words = documents.reduce((sum, document) => sum + countWords(document.text), 0);
  const warmup = documents.slice(0, options.warmupDocuments);
  runCompromise(warmup);
  runNewsgraph(warmup);
  const compromiseRounds: CompromiseRound[] = [];
  const newsgraphRounds: ExportedRound[] = [];
  for (let round = 0; round < Math.max(1, options.rounds); round++) {
    // Alternating the order keeps garbage left by one pipeline from always being collected during the other.
    if (round % 2 === 0) {
      compromiseRounds.push(runCompromise(documents));
      newsgraphRounds.push(runNewsgraph(documents));
    } else {
      newsgraphRounds.push(runNewsgraph(documents));
      compromiseRounds.push(runCompromise(documents));
    }
  }

  // The workers start only now, so that their memory is not counted in the one-thread build's.
  const start = performance.now();
  const pool = createExtractionPool({ workers: options.workers });
  const workerRounds: NewsgraphRound[] = [];
  let startSeconds: number;
  try {
    await runWorkers(warmup, pool);
    startSeconds = (performance.now() - start) / 1000;
    for (let round = 0; round < Math.max(1, options.rounds); round++) workerRounds.push(await runWorkers(documents, pool));
  } finally {
    await pool.close();
  }

  const compromise = medianRound(compromiseRounds, (round) => round.seconds);
  const buildSeconds = (round: NewsgraphRound) => round.extract + round.resolve + round.graph + round.layout;
  const newsgraph = medianRound(newsgraphRounds, buildSeconds);
  const withWorkers = medianRound(workerRounds, buildSeconds);
  const peakBuild = Math.max(...newsgraphRounds.map((round) => round.peakBuild));
  const peakExports = Math.max(...newsgraphRounds.map((round) => round.peakExports));
  const peakWorkers = Math.max(...workerRounds.map((round) => round.peakBuild));
  const phase = (seconds: number, peakRssBytes: number) => ({
    seconds,
    wordsPerSecond: seconds > 0 ? words / seconds : Infinity,
    peakRssBytes,
  });
  const build = buildSeconds(newsgraph);
  const phases: BuildBenchResult['phases'] = {
    compromise: phase(compromise.seconds, Math.max(...compromiseRounds.map((round) => round.peak))),
    extract: phase(newsgraph.extract, peakBuild),
    resolve: phase(newsgraph.resolve, peakBuild),
    graph: phase(newsgraph.graph, peakBuild),
    layout: phase(newsgraph.layout, peakBuild),
    build: phase(build, peakBuild),
    exports: phase(newsgraph.exports, peakExports),
    buildWithExports: phase(build + newsgraph.exports, Math.max(peakBuild, peakExports)),
  };
  return {
    documents: documents.length,
    words,
    rounds: compromiseRounds.length,
    warmupDocuments: warmup.length,
    phases,
    ratio: phases.build.wordsPerSecond / phases.compromise.wordsPerSecond,
    roundRatios: compromiseRounds.map((round, index) => round.seconds / buildSeconds(newsgraphRounds[index] as NewsgraphRound)),
    ratioWithExports: phases.buildWithExports.wordsPerSecond / phases.compromise.wordsPerSecond,
    workers: {
      count: options.workers,
      startSeconds,
      phases: {
        extract: phase(withWorkers.extract, peakWorkers),
        resolve: phase(withWorkers.resolve, peakWorkers),
        graph: phase(withWorkers.graph, peakWorkers),
        layout: phase(withWorkers.layout, peakWorkers),
        build: phase(buildSeconds(withWorkers), peakWorkers),
      },
      speedup: build / buildSeconds(withWorkers),
      roundSpeedups: newsgraphRounds.map((round, index) => buildSeconds(round) / buildSeconds(workerRounds[index] as NewsgraphRound)),
      extractSpeedup: newsgraph.extract / withWorkers.extract,
      // The files must not depend on the workers: graph.json of both runs, laid out, compared whole.
      identical: toGraphJson(withWorkers.laidOut) === toGraphJson(newsgraph.laidOut),
    },
    output: newsgraph.output,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

function runCompromise(documents: readonly Document[]): CompromiseRound {
  const peak: PeakRss = { bytes: 0 };
  const start = performance.now();
  for (const document of documents) {
    // nlp() tokenizes and tags eagerly; extractDocument reads that same `.document`, with no `.json()`.
    void nlp(document.text).document;
    sample(peak);
  }
  return { seconds: (performance.now() - start) / 1000, peak: peak.bytes };
}

function runNewsgraph(documents: readonly Document[]): ExportedRound {
  const peak: PeakRss = { bytes: 0 };
  const start = performance.now();
  const extractions = documents.map((document) => {
    const extraction = extractDocument(document);
    sample(peak);
    return extraction;
  });
  const extract = (performance.now() - start) / 1000;
  const corpus = runCorpus(extractions, peak);

  const exportPeak: PeakRss = { bytes: 0 };
  const exportStart = performance.now();
  // The page without its script bundle: packing the graph is the work, inlining the bundle a string copy.
  for (const write of [toGraphJson, toGraphml, toGexf, (laidOut: NewsGraph) => toExplorerHtml(laidOut, '')]) {
    void write(corpus.laidOut);
    sample(exportPeak);
  }
  const exports = (performance.now() - exportStart) / 1000;
  return { extract, ...corpus, exports, peakBuild: peak.bytes, peakExports: exportPeak.bytes };
}

// The same pipeline with extraction on the pool's workers, results in document order, as `newsgraph build` runs it.
async function runWorkers(documents: readonly Document[], pool: ExtractionPool): Promise<NewsgraphRound> {
  const peak: PeakRss = { bytes: 0 };
  const start = performance.now();
  const extractions: DocumentExtraction[] = [];
  await extractInOrder(documents, pool, (result) => {
    if ('problem' in result) throw result.problem;
    extractions.push(result.extraction);
    sample(peak);
  });
  const extract = (performance.now() - start) / 1000;
  return { extract, ...runCorpus(extractions, peak), peakBuild: peak.bytes };
}

// The corpus step, on this thread in both pipelines: resolution, graph, layout.
function runCorpus(extractions: readonly DocumentExtraction[], peak: PeakRss): CorpusRound {
  let start = performance.now();
  const resolved = resolveCorpus(extractions);
  sample(peak);
  const resolve = (performance.now() - start) / 1000;

  start = performance.now();
  const built = buildGraph(resolved);
  sample(peak);
  const graph = (performance.now() - start) / 1000;

  start = performance.now();
  const laidOut = layoutGraph(built);
  sample(peak);
  const layout = (performance.now() - start) / 1000;
  return {
    resolve,
    graph,
    layout,
    laidOut,
    output: {
      entities: new Set(resolved.flatMap((extraction) => extraction.entities.map((entity) => entity.id))).size,
      mentions: resolved.reduce((sum, extraction) => sum + extraction.mentions.length, 0),
      relations: resolved.reduce((sum, extraction) => sum + extraction.relations.length, 0),
      nodes: laidOut.order,
      edges: laidOut.size,
    },
  };
}

function sample(peak: PeakRss): void {
  peak.bytes = Math.max(peak.bytes, process.memoryUsage.rss());
}
