import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { BrowserContext, chromium, Locator, Page } from 'playwright-core';

/** The query typed into Neo4j Browser; swap in one from cypher/queries.cypher (its first column is compared). */
const QUERY = "RETURN 'newsgraph-' + toString(6 * 7) AS ok";

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

describe('Neo4j Browser served by the server', () => {
  let context: BrowserContext;
  let page: Page;
  let driver: Driver;
  let userDataDir: string;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}: install Debian's chromium (sudo apt-get install chromium; .ci/run does it) or set CHROMIUM_PATH`,
      );
    }
    driver = neo4j.driver(setting('NEO4J_URI'), neo4j.auth.basic(setting('NEO4J_USERNAME'), setting('NEO4J_PASSWORD')), {
      disableLosslessIntegers: true,
    });
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
    await driver?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  it('connects with the configured credentials and shows the same result as the driver', async () => {
    const { records } = await driver.executeQuery(QUERY, {}, { database: setting('NEO4J_DATABASE') });
    const expected = records.map((record) => asBrowserCell(record.get(0)));
    expect(expected.length).toBeGreaterThan(0);

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

      await page.getByTestId('activeEditor').click();
      // insertText, not typing: the editor would auto-close quotes and brackets under simulated keys.
      await page.keyboard.insertText(QUERY);
      await page.getByTestId('editor-Run').click();
      const resultFrame = page.getByTestId('frame').filter({ has: page.getByTestId('frameCommand').filter({ hasText: QUERY }) });

      expect(await firstColumn(resultFrame)).toEqual(expected);
    } finally {
      // Left in the temp dir to see what the page looked like, pass or fail.
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
    }
  });
});
