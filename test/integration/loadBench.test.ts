import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadBench } from '../../src/bench/loadBench';
import type { Neo4jClient } from '../../src/loader/Neo4jClient';
import { CONNECTION, connect, dumpNamespace } from './loadSupport';

// Runs the bench small, for what it reports and leaves behind; its speed is measured by `npm run bench` only.
describe('loadBench', () => {
  let client: Neo4jClient;
  beforeAll(async () => {
    client = await connect();
  });
  afterAll(() => client.close());

  it('warms the server up untimed, loads the large graph in rounds and the baseline once, reports the median round, times a neo4j-admin import into a scratch database, and removes all of them afterwards', async () => {
    const lines: string[] = [];
    const env = {
      NEO4J_URI: CONNECTION.uri,
      NEO4J_USERNAME: CONNECTION.username,
      NEO4J_PASSWORD: CONNECTION.password,
      NEO4J_DATABASE: CONNECTION.database,
      BENCH_LOAD_RELATIONSHIPS: '300',
      BENCH_LOAD_ENTITIES: '60',
      BENCH_LOAD_DOCUMENTS: '10',
      BENCH_LOAD_BATCH_SIZE: '100',
      BENCH_LOAD_BASELINE_RELATIONSHIPS: '20',
      BENCH_LOAD_ROUNDS: '3',
      BENCH_LOAD_ADMIN_RELATIONSHIPS: '300',
    };
    const result = await loadBench(env, (line) => lines.push(line));
    // The warm-up is a fifth of the timed graph, loaded the same way, and said so.
    expect(result.warmUpRelationships).toBe(60);
    expect(lines.join('\n')).toMatch(/warm-up, not timed: the same batched load of a 60-relationship graph/);
    expect(result.batched).toMatchObject({ batchSize: 100, concurrency: 2, nodes: 70, relationships: 300 });
    expect(result.oneRowPerTransaction).toMatchObject({ batchSize: 1, concurrency: 1, relationships: 20 });
    for (const run of [result.batched, result.oneRowPerTransaction]) {
      expect(run.relationshipsPerSecond).toBeGreaterThan(0);
      expect(run.nodesPerSecond).toBeGreaterThan(0);
    }
    // Every round loads the whole graph again (the one before it is removed first), and the median is reported.
    expect(result.batchedRounds).toHaveLength(3);
    const sorted = [...result.batchedRounds].sort((a, b) => a - b);
    expect(result.batched.relationshipsPerSecond).toBe(sorted[1]);
    expect(lines.join('\n')).toMatch(/median of 3 round\(s\)/);
    expect(result.meetsTarget).toBe(result.batched.relationshipsPerSecond >= 20_000);
    expect(lines.join('\n')).toMatch(/batched \(median round\) +100 +2 +70 /);
    // The bulk import goes to a scratch database the server never serves, removed afterwards; it counts MENTIONED_IN too.
    expect(result.adminImport).toMatchObject({ relationships: expect.any(Number), nodes: 70 });
    if ('relationships' in result.adminImport) {
      expect(result.adminImport.relationships).toBeGreaterThan(300);
      expect(result.adminImport.relationshipsPerSecond).toBeCloseTo(result.adminImport.relationships / result.adminImport.importSeconds);
    }
    expect(existsSync(join(__dirname, '..', '..', '.neo4j', 'data', 'databases', 'newsgraphscratch'))).toBe(false);
    expect(lines.join('\n')).toMatch(/neo4j-admin import relationships\/s: [\d,]+ \((meets|BELOW) the 100,000\/s target/);
    for (const namespace of ['benchwarmup', 'benchbatched', 'benchsingle']) {
      expect(await dumpNamespace(client, namespace)).toEqual({ nodes: [], relationships: [] });
    }
  }, 300_000);
});
