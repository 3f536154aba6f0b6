import nlp from 'compromise';
import type { Document } from '../document/DocumentSchema';
import { toGexf } from '../exporters/toGexf';
import { toGraphJson } from '../exporters/toGraphJson';
import { toGraphml } from '../exporters/toGraphml';
import { layoutGraph } from '../explorer/layoutGraph';
import { toExplorerHtml } from '../explorer/toExplorerHtml';
import { buildGraph } from '../graph/buildGraph';
import { extractDocument } from '../pipeline/extractDocument';
import { resolveCorpus } from '../pipeline/resolveCorpus';
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

interface NewsgraphRound {
  extract: number;
  resolve: number;
  graph: number;
  layout: number;
  exports: number;
  peakBuild: number;
  peakExports: number;
  output: BuildBenchResult['output'];
}

/**
 * Measures the newsgraph build pipeline (extractDocument per document, resolveCorpus, buildGraph, layoutGraph) against bare
 * compromise tagging of the same documents in the same process: a warm-up on the first `warmupDocuments` documents,
 * then `rounds` rounds of both, alternating which goes first. Resident memory is sampled after every document.
 */
export function benchBuild(
  documents: readonly Document[],
  options: { rounds: number; warmupDocuments: number },
): BuildBenchResult {
  const words = documents.reduce((sum, document) => sum + countWords(document.text), 0);
  const warmup = documents.slice(0, options.warmupDocuments);
  runCompromise(warmup);
  runNewsgraph(warmup);

  const compromiseRounds: CompromiseRound[] = [];
  const newsgraphRounds: NewsgraphRound[] = [];
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

  const compromise = medianRound(compromiseRounds, (round) => round.seconds);
  const buildSeconds = (round: NewsgraphRound) => round.extract + round.resolve + round.graph + round.layout;
  const newsgraph = medianRound(newsgraphRounds, buildSeconds);
  const peakBuild = Math.max(...newsgraphRounds.map((round) => round.peakBuild));
  const peakExports = Math.max(...newsgraphRounds.map((round) => round.peakExports));
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
    roundRatios: compromiseRounds.map((round, index) => {
      const newsgraphRound = newsgraphRounds[index];
      const seconds = newsgraphRound ? buildSeconds(newsgraphRound) : NaN;
      return round.seconds / seconds;
    }),
    ratioWithExports: phases.buildWithExports.wordsPerSecond / phases.compromise.wordsPerSecond,
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

function runNewsgraph(documents: readonly Document[]): NewsgraphRound {
  const peak: PeakRss = { bytes: 0 };
  let start = performance.now();
  const extractions = documents.map((document) => {
    const extraction = extractDocument(document);
    sample(peak);
    return extraction;
  });
  const extract = (performance.now() - start) / 1000;

  start = performance.now();
  const resolved = resolveCorpus(extractions);
  sample(peak);
  const resolve = (performance.now() - start) / 1000;

  start = performance.now();
  const built = buildGraph(resolved);
  sample(peak);
  const graphSeconds = (performance.now() - start) / 1000;

  start = performance.now();
  const graph = layoutGraph(built);
  sample(peak);
  const layout = (performance.now() - start) / 1000;

  const exportPeak: PeakRss = { bytes: 0 };
  start = performance.now();
  // The page without its script bundle: packing the graph is the work, inlining the bundle a string copy.
  for (const write of [toGraphJson, toGraphml, toGexf, (laidOut: typeof graph) => toExplorerHtml(laidOut, '')]) {
    void write(graph);
    sample(exportPeak);
  }
  const exports = (performance.now() - start) / 1000;

  return {
    extract,
    resolve,
    graph: graphSeconds,
    layout,
    exports,
    peakBuild: peak.bytes,
    peakExports: exportPeak.bytes,
    output: {
      entities: new Set(resolved.flatMap((extraction) => extraction.entities.map((entity) => entity.id))).size,
      mentions: resolved.reduce((sum, extraction) => sum + extraction.mentions.length, 0),
      relations: resolved.reduce((sum, extraction) => sum + extraction.relations.length, 0),
      nodes: graph.order,
      edges: graph.size,
    },
  };
}

function sample(peak: PeakRss): void {
  peak.bytes = Math.max(peak.bytes, process.memoryUsage.rss());
}
