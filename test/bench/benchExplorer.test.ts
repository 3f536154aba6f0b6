import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchExplorer } from '../../src/bench/benchExplorer';

const SCRIPT = readFileSync(join(__dirname, '..', '..', 'dist', 'explorer', 'explorer.js'), 'utf8');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('benchExplorer', () => {
  it('lays out and packs the generated graph, and reports the page smaller than graph.json', async () => {
    const result = await benchExplorer({ nodes: 60, seed: 1, script: SCRIPT, chromium: '/nonexistent/chromium' });
    expect([result.nodes, result.edges]).toEqual([60, 90]);
    expect(result.evidence).toBeGreaterThanOrEqual(90);
    expect(result.layoutSeconds).toBeGreaterThan(0);
    expect(result.pageBytes).toBeGreaterThan(SCRIPT.length);
    expect(result.pageBytes - SCRIPT.length).toBeLessThan(result.graphJsonBytes);
    expect(result).toMatchObject({ readySeconds: null, readyTarget: 15, skipped: expect.stringContaining('/nonexistent/chromium') });
  });

  (existsSync(CHROMIUM) ? it : it.skip)('times the page to its first drawn frame in headless Chromium', async () => {
    const result = await benchExplorer({ nodes: 60, seed: 1, script: SCRIPT, chromium: CHROMIUM });
    expect(result.readySeconds).toBeGreaterThan(0);
    expect(result.skipped).toBeUndefined();
  }, 60_000);
});
