import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { buildCommand } from '../../../src/cli/buildCommand';
import { SerializedGraphSchema } from '../../../src/graph/SerializedGraphSchema';
import { fakeIo } from '../../cli/fakeIo';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Debian's chromium in a container, as in the Neo4j Browser test: no sandbox or GPU, and no calls home.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`startExplorer tests skipped: no chromium at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` (npm test's pretest does) or set CHROMIUM_PATH`);
}
const describeInChromium = hasChromium ? describe : describe.skip;

describeInChromium('startExplorer (graph.html of the seeds in headless Chromium)', () => {
  let folder: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const blocked: string[] = [];
  const errors: string[] = [];
  let persons = 0;
  let entities = 0;

  // Where a node is drawn, once the camera has stopped moving (selecting an entity glides to it).
  const position = async (id: string) => {
    const read = () =>
      page.evaluate(
        (node) =>
          (globalThis as unknown as { newsgraphExplorer: { nodePosition(id: string): { x: number; y: number } | undefined } }).newsgraphExplorer.nodePosition(node),
        id,
      );
    let previous = await read();
    for (;;) {
      await page.waitForTimeout(150);
      const current = await read();
      if (!current) throw new Error(`${id} is not drawn`);
      if (previous && Math.hypot(current.x - previous.x, current.y - previous.y) < 0.5) return current;
      previous = current;
    }
  };
  const details = () => page.getByRole('region', { name: 'Details' });

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'newsgraph-explorer-'));
    const run = fakeIo({ cwd: folder });
    expect(await buildCommand([SEEDS, '--out', folder], run.io)).toBe(0);
    const graph = SerializedGraphSchema.parse(JSON.parse(readFileSync(join(folder, 'graph.json'), 'utf8')));
    entities = graph.nodes.length;
    persons = graph.nodes.filter(({ attributes }) => attributes.type === 'Person').length;

    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
    // Any request that is not for the file itself is recorded and refused.
    await context.route(/^(?!file:)/, async (route) => {
      blocked.push(route.request().url());
      await route.abort();
    });
    context.on('request', (request) => requests.push(request.url()));
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(join(folder, 'graph.html')).href);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('shows every entity and relation at the start', async () => {
    await expect(page.locator('#stats').innerText()).resolves.toMatch(new RegExp(`^Showing ${entities} of ${entities} entities and (\\d+) of \\1 relations$`));
  });

  it('suggests Marco Rubio for "Rubio" and shows him in Details on Enter, with the sentence saying he led the American delegation', async () => {
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('Rubio');
    await expect(page.getByRole('option').first().innerText()).resolves.toContain('Marco Rubio');
    await search.press('Enter');
    await details().getByRole('heading', { name: 'Marco Rubio', level: 2 }).waitFor();
    const delegation = details().getByRole('region', { name: 'LEADS_DELEGATION' });
    await expect(delegation.innerText()).resolves.toContain('United States Secretary of State Marco Rubio, who led the American delegation, told reporters');
    await expect(delegation.locator('mark[data-party="source"]').allInnerTexts()).resolves.toEqual(['Marco Rubio']);
    await expect(delegation.locator('mark[data-party="target"]').allInnerTexts()).resolves.toEqual(['United States', 'American']);
    await expect(delegation.innerText()).resolves.toMatch(/003_4aeff340d16b73b3\.txt · 2025-11-24 · .*rule delegation: /);
  });

  it('reaches an entity with the keyboard alone: Tab to the search, arrows through the suggestions, Enter', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Tab');
    await page.keyboard.type('zelensk');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('combobox', { name: 'Search entities' }).getAttribute('aria-activedescendant')).resolves.toBe('suggestion-0');
    await page.keyboard.press('Enter');
    await details().getByRole('heading', { name: 'Volodymyr Zelensky', level: 2 }).waitFor();
  });

  it('moves to a counterpart from the Details', async () => {
    await details().getByRole('button', { name: 'Ukraine' }).first().click();
    await details().getByRole('heading', { name: 'Ukraine', level: 2 }).waitFor();
  });

  it('shows the evidence of an edge clicked on the graph', async () => {
    // On the whole graph: with an entity selected, only its own edges answer the pointer.
    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    const [from, to] = [await position('person:andriy-yermak'), await position('person:donald-trump')];
    // A quarter of the way from the source: the middle of a short edge may lie under the target's caption.
    await page.mouse.click(from.x + (to.x - from.x) / 4, from.y + (to.y - from.y) / 4);
    await details().getByRole('heading', { name: 'Andriy Yermak PRAISED Donald Trump', level: 2 }).waitFor();
    await expect(details().innerText()).resolves.toContain('Andriy Yermak, head of the Ukrainian delegation, thanked Trump');
  });

  it('highlights the neighbourhood of a hovered node, and only while it is hovered', async () => {
    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    const neighbourhood = () =>
      page.evaluate(() => (globalThis as unknown as { newsgraphExplorer: { neighbourhood(): string[] } }).newsgraphExplorer.neighbourhood());
    const { x, y } = await position('person:andriy-yermak');
    await page.mouse.move(x, y);
    await expect(neighbourhood()).resolves.toEqual(['country:ukraine', 'person:donald-trump']);
    await page.mouse.move(5, 5);
    // The last click selected an edge, not a node: nothing stays highlighted.
    await expect(neighbourhood()).resolves.toEqual([]);
  });

  it('shows the details of a node clicked on the graph', async () => {
    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    const { x, y } = await position('person:marco-rubio');
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    await details().getByRole('heading', { name: 'Marco Rubio', level: 2 }).waitFor();
  });

  it('hides an entity type, and exports the filtered graph as GraphML without it', async () => {
    await page.getByRole('checkbox', { name: /^Person/ }).uncheck();
    await expect(page.locator('#stats').innerText()).resolves.toMatch(new RegExp(`^Showing ${entities - persons} of ${entities} entities`));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Filtered graph as GraphML' }).click();
    const graphml = readFileSync((await (await download).path()) ?? '', 'utf8');
    expect(graphml).toContain('<node id="country:ukraine">');
    expect(graphml).not.toContain('<node id="person:');
    expect(graphml).toMatch(/<edge id="country:united-states\|NEGOTIATED_WITH\|country:ukraine"/);
    await page.getByRole('checkbox', { name: /^Person/ }).check();
  });

  it('exports the current view as a PNG image', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Current view as PNG' }).click();
    const png = readFileSync((await (await download).path()) ?? '');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.length).toBeGreaterThan(5_000);
  });

  it('colours by community with a legend that names each community in words', async () => {
    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('community');
    const legend = page.getByRole('region', { name: 'Legend' });
    await expect(legend.innerText()).resolves.toMatch(/1: (Ukraine|United States|Russia)/);
  });

  it('requested nothing but the file itself and logged no error', () => {
    expect(blocked).toEqual([]);
    expect(requests.filter((url) => !/^(file|blob|data):/.test(url))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
