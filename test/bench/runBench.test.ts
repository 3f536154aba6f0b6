import { join } from 'node:path';
import { runBench } from '../../src/bench/runBench';

const SEEDS = join(__dirname, '..', '..', 'seeds');

describe('runBench', () => {
  let log: jest.SpyInstance;
  let error: jest.SpyInstance;
  beforeEach(() => {
    log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('prints a table and ends with one JSON line of the results', () => {
    const env = { BENCH_DOCUMENTS: '2', BENCH_WORDS_PER_DOCUMENT: '60', BENCH_ROUNDS: '1', BENCH_WARMUP_DOCUMENTS: '1', BENCH_SEEDS_DIR: SEEDS };
    expect(runBench([], env)).toBe(0);
    const lines = log.mock.calls.map(([line]) => String(line));
    expect(lines.join('\n')).toContain('words/s');
    const summary = JSON.parse(lines[lines.length - 1] ?? '');
    expect(summary).toMatchObject({ bench: 'build', documents: 2, rounds: 1, target: 0.6, neo4j: expect.stringMatching(/^skipped/) });
    expect(summary.words).toBeGreaterThanOrEqual(120);
  });

  it('refuses a setting that is not a positive integer, naming it', () => {
    expect(runBench([], { BENCH_ROUNDS: 'zero', BENCH_SEEDS_DIR: SEEDS })).toBe(2);
    expect(String(error.mock.calls[0]?.[0])).toContain('rounds');
  });
});
