import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { layoutGraph } from '../explorer/layoutGraph';
import { toExplorerHtml } from '../explorer/toExplorerHtml';
import { toGraphJson } from '../exporters/toGraphJson';
import type { NewsGraph } from '../graph/NewsGraph';
import type { ExplorerBenchResult } from './ExplorerBenchResult';
import { generateLoadGraph } from './generateLoadGraph';

const READY_TARGET_SECONDS = 15;
// The flags of the browser tests: Debian's chromium in a container, no sandbox or GPU, no calls home.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Measures the explorer on a generated graph of `nodes` entities and 1.5 relations per entity (the load bench's
 * generator, with 2,225 documents like a public news corpus of that size): layout time, page size beside graph.json,
 * and the time headless Chromium takes from opening graph.html to its first drawn frame (`data-ready`).
 */
export async function benchExplorer(options: { nodes: number; seed: number; script: string; chromium: string }): Promise<ExplorerBenchResult> {
  const serialized = generateLoadGraph({
    namespace: 'explorer',
    entities: options.nodes,
    relationships: Math.round(options.nodes * 1.5),
    documents: 2225,
    seed: options.seed,
  });
  const graph: NewsGraph = new MultiDirectedGraph();
  graph.import({ attributes: serialized.attributes, nodes: serialized.nodes, edges: serialized.edges });

  let start = performance.now();
  const laidOut = layoutGraph(graph);
  const layoutSeconds = (performance.now() - start) / 1000;
  start = performance.now();
  const page = toExplorerHtml(laidOut, options.script);
  const pageSeconds = (performance.now() - start) / 1000;

  const result: ExplorerBenchResult = {
    nodes: laidOut.order,
    edges: laidOut.size,
    evidence: laidOut.reduceEdges((sum, _edge, attributes) => sum + attributes.evidence.length, 0),
    layoutSeconds,
    pageSeconds,
    pageBytes: Buffer.byteLength(page),
    graphJsonBytes: Buffer.byteLength(toGraphJson(laidOut)),
    readySeconds: null,
    readyTarget: READY_TARGET_SECONDS,
  };
  if (!existsSync(options.chromium)) return { ...result, skipped: `no chromium at ${options.chromium} (apt-get install -y chromium)` };
  return { ...result, readySeconds: await timeToReady(page, options.chromium) };
}

async function timeToReady(page: string, executablePath: string): Promise<number> {
  // Loaded only here, so that the build bench's memory does not carry the browser driver.
  const { chromium } = await import('playwright-core');
  const folder = await mkdtemp(join(tmpdir(), 'newsgraph-explorer-bench-'));
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const file = join(folder, 'graph.html');
    await writeFile(file, page, 'utf8');
    const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const start = performance.now();
    await tab.goto(pathToFileURL(file).href);
    await tab.locator('body[data-ready="true"]').waitFor({ timeout: 120_000 });
    return (performance.now() - start) / 1000;
  } finally {
    await browser.close();
    await rm(folder, { recursive: true, force: true });
  }
}
