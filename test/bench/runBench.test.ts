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

  it('prints a table and ends with one JSON line of the results', async () => {
    const env = { BENCH_DOCUMENTS: '2', BENCH_WORDS_PER_DOCUMENT: '60', BENCH_ROUNDS: '1', BENCH_WARMUP_DOCUMENTS: '1', BENCH_SEEDS_DIR: SEEDS, BENCH_EXPLORER_NODES: '0', BENCH_WORKERS: '1' };
    await expect(runBench([], env)).resolves.toBe(0);
    const lines = log.mock.calls.map(([line]) => String(line));
    expect(lines.join('\n')).toContain('words/s');
    const summary = JSON.parse(lines[lines.length - 1] ?? '');
    expect(summary).toMatchObject({ bench: 'build', documents: 2, rounds: 1, target: 0.6, workers: 1, workerTarget: 1.6, workersIdentical: true, neo4j: { skipped: expect.any(String) } });
    expect(summary.workerSpeedup).toEqual(expect.any(Number));
    expect(summary.words).toBeGreaterThanOrEqual(120);
  });

  it('names the folder when the articles cannot be read', async () => {
    await expect(runBench([], { BENCH_SEEDS_DIR: join(SEEDS, 'no-such-folder') })).resolves.toBe(2);
    expect(String(error.mock.calls[0]?.[0])).toContain('no-such-folder');
  });

  it.each([['BENCH_ROUNDS', 'zero', 'rounds'], ['BENCH_INVENTED', '1.5', 'invented'], ['BENCH_WORKERS', '0', 'workers']])('refuses %s=%s, naming the setting', async (name, value, setting) => {
    await expect(runBench([], { [name]: value, BENCH_SEEDS_DIR: SEEDS })).resolves.toBe(2);
    expect(String(error.mock.calls[0]?.[0])).toContain(setting);
  });
});
