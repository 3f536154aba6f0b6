import { benchBuild } from '../../src/bench/benchBuild';
import { countWords } from '../../src/bench/countWords';
import type { Document } from '../../src/document/DocumentSchema';

const DOCUMENTS: Document[] = [
  { id: 'a.txt', text: 'US Secretary of State Marco Rubio met Andriy Yermak in Geneva on Sunday.' },
  { id: 'b.txt', text: 'Kremlin spokesman Dmitry Peskov said Russia had not been briefed.\n\nTrump criticized Ukraine.' },
];

describe('benchBuild', () => {
  it('reports every phase on all the words of the corpus', async () => {
    const result = await benchBuild(DOCUMENTS, { rounds: 2, warmupDocuments: 1, workers: 1 });
    expect(result.words).toBe(countWords(DOCUMENTS[0]?.text ?? '') + countWords(DOCUMENTS[1]?.text ?? ''));
    expect([result.documents, result.rounds, result.warmupDocuments]).toEqual([2, 2, 1]);
    for (const phase of Object.values(result.phases)) {
      expect(phase.seconds).toBeGreaterThanOrEqual(0);
      expect(phase.peakRssBytes).toBeGreaterThan(0);
    }
    expect(result.phases.build.seconds).toBeCloseTo(
      result.phases.extract.seconds + result.phases.resolve.seconds + result.phases.graph.seconds + result.phases.layout.seconds,
      9,
    );
    expect(result.ratio).toBeCloseTo(result.phases.build.wordsPerSecond / result.phases.compromise.wordsPerSecond, 9);
    expect(result.roundRatios).toHaveLength(2);
    // The overall ratio lies between the rounds' ratios, up to floating-point rounding of the division.
    expect(Math.min(...result.roundRatios)).toBeLessThanOrEqual(result.ratio + 1e-9);
    expect(Math.max(...result.roundRatios)).toBeGreaterThanOrEqual(result.ratio - 1e-9);
    expect(result.maxRssBytes).toBeGreaterThanOrEqual(result.phases.compromise.peakRssBytes);
  });

  it('counts what the build produced', async () => {
    const { output } = await benchBuild(DOCUMENTS, { rounds: 1, warmupDocuments: 0, workers: 1 });
    expect(output.nodes).toBe(output.entities);
    expect(output.edges).toBeLessThanOrEqual(output.relations);
  });

  // The workers run dist/cli/extractionWorker.js, as `npm run bench` does after building.
  it('measures the build with extraction on worker threads beside the one-thread build, with the same graph', async () => {
    const { workers, phases } = await benchBuild(DOCUMENTS, { rounds: 2, warmupDocuments: 1, workers: 2 });
    expect([workers.count, workers.identical, workers.roundSpeedups.length]).toEqual([2, true, 2]);
    expect(workers.startSeconds).toBeGreaterThan(0);
    expect(workers.phases.build.seconds).toBeCloseTo(
      workers.phases.extract.seconds + workers.phases.resolve.seconds + workers.phases.graph.seconds + workers.phases.layout.seconds,
      9,
    );
    expect(workers.speedup).toBeCloseTo(phases.build.seconds / workers.phases.build.seconds, 9);
    expect(workers.extractSpeedup).toBeCloseTo(phases.extract.seconds / workers.phases.extract.seconds, 9);
  }, 60_000);
});
