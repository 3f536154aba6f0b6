import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { readCypherFile } from '../../src/cli/readCypherFile';
import { findStatement } from '../../src/loader/parseCypherFile';
import type { Neo4jClient } from '../../src/loader/Neo4jClient';
import { connect } from './loadSupport';
import { clearSeeds, loadSeeds, seedExtractions, seedGraph } from './seedsSupport';

// An analyst's question from cypher/queries.cypher, asked in Browser over the loaded seeds (its first column is compared).
const QUERY = findStatement(readCypherFile('queries.cypher'), 'whoCriticizedWhom', 'cypher/queries.cypher');
/** Its parameters as an analyst sets them in Browser with `:param name => value`. */
const PARAMETERS: Record<string, number | string | null> = { minWeight: 1 };
const graph = seedGraph(seedExtractions());

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BROWSER_URL = process.env.NEO4J_BROWSER_URL ?? 'http://127.0.0.1:7474/browser/';
const SCREENSHOT = path.join(os.tmpdir(), 'newsgraph-neo4j-browser.png');
// Debian's chromium in a container: no sandbox or GPU, and no calls home from a machine without internet.
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

/** A connection setting exported by the integration globalSetup (NEO4J_URI and friends). */
function setting(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run this file through jest's integration project, whose globalSetup provides it`);
  }
  return value;
}

/** How Browser's table view prints a scalar: strings quoted, numbers and booleans bare. */
function asBrowserCell(value: unknown): string {
  return JSON.stringify(value);
}

/** The first column of a finished result frame's table, or the frame's error if the query failed. */
async function firstColumn(frame: Locator): Promise<string[]> {
  const error = frame.getByTestId('cypherFrameErrorMessage');
  // The status bar can show "completed" a moment before the table renders, so wait for the table itself.
  await frame.locator('table[role="table"]').or(error).first().waitFor();
  if ((await error.count()) > 0) throw new Error(`Neo4j Browser reported: ${await error.innerText()}`);
  // Explicit roles mark the data columns; the row-number column has none.
  const columns = await frame.locator('th[role="columnheader"]').count();
  const cells = await frame.locator('td[role="cell"]').allInnerTexts();
  return cells.filter((_, index) => index % columns === 0).map((cell) => cell.trim());
}

/** Runs one command in Browser's editor and returns the frame it opens. */
async function runInEditor(page: Page, command: string): Promise<Locator> {
  await page.getByTestId('activeEditor').click();
  // insertText, not typing: the editor would auto-close quotes and brackets under simulated keys.
  await page.keyboard.insertText(command);
  await page.getByTestId('editor-Run').click();
  const firstLine = command.split('\n')[0] ?? command;
  return page.getByTestId('frame').filter({ has: page.getByTestId('frameCommand').filter({ hasText: firstLine }) }).first();
}

describe('Neo4j Browser served by the server', () => {
  let context: BrowserContext;
  let page: Page;
  let client: Neo4jClient;
  let userDataDir: string;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}: install Debian's chromium (sudo apt-get install chromium; .ci/run does it) or set CHROMIUM_PATH`,
      );
    }
    client = await connect();
    await clearSeeds(client, [graph]);
    await loadSeeds(client, graph);
    // A fresh profile every run: no remembered connection or history from an earlier run.
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    if (client) {
      await clearSeeds(client, [graph]);
      await client.close();
    }
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  it(`connects with the configured credentials, runs ${QUERY.name} on the seeds and shows what the driver returns`, async () => {
    expect(QUERY.parameters.filter((name) => !(name in PARAMETERS))).toEqual([]);
    const records = await client.read(QUERY.text, PARAMETERS);
    const expected = records.map((record) => asBrowserCell(Object.values(record)[0]));
    // The seeds' critics (Donald Trump among them) are there; other graphs in the database may add rows.
    const critics = graph.edges
      .filter((edge) => edge.attributes.type === 'CRITICIZED')
      .map((edge) => asBrowserCell(graph.nodes.find((node) => node.key === edge.source)?.attributes.name));
    expect(critics).toContain(asBrowserCell('Donald Trump'));
    expect(expected).toEqual(expect.arrayContaining(critics));

    const uri = new URL(setting('NEO4J_URI'));
    try {
      await page.goto(BROWSER_URL);
      await page.getByTestId('bolt-scheme-select').selectOption(`${uri.protocol}//`);
      await page.getByTestId('boltaddress').fill(uri.host);
      await page.getByTestId('database').fill(setting('NEO4J_DATABASE'));
      await page.getByTestId('username').fill(setting('NEO4J_USERNAME'));
      await page.getByTestId('password').fill(setting('NEO4J_PASSWORD'));
      await page.getByTestId('connect').click();
      await page.getByText(`You are connected as user ${setting('NEO4J_USERNAME')}`).waitFor();

      for (const [name, value] of Object.entries(PARAMETERS)) {
        // Browser evaluates the right-hand side as Cypher: a JSON string or number is also a Cypher literal.
        const frame = await runInEditor(page, `:param ${name} => ${JSON.stringify(value)}`);
        await frame.getByText(`"${name}": ${JSON.stringify(value)}`).waitFor();
      }
      const resultFrame = await runInEditor(page, QUERY.text);

      expect(await firstColumn(resultFrame)).toEqual(expected);
    } finally {
      // Left in the temp dir to see what the page looked like, pass or fail.
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
    }
  });
});
