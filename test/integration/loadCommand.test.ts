import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCommand } from '../../src/cli/loadCommand';
import type { Neo4jClient } from '../../src/loader/Neo4jClient';
import { findStatement } from '../../src/loader/parseCypherFile';
import { fakeIo, tempFolder } from '../cli/fakeIo';
import { FIRST_ARTICLES, SECOND_ARTICLES, sampleExtractions } from '../loader/fixtures/sampleExtractions';
import { CONNECTION, STATEMENTS, clearNamespace, connect, dumpNamespace, graphOf } from './loadSupport';

const NS = `loadcommand${process.pid}`;
const graph = graphOf(sampleExtractions(NS, [...FIRST_ARTICLES, ...SECOND_ARTICLES]));
// Where the provisioned server is, as a user would export it.
const ENV = {
  NEO4J_URI: CONNECTION.uri,
  NEO4J_USERNAME: CONNECTION.username,
  NEO4J_PASSWORD: CONNECTION.password,
  NEO4J_DATABASE: CONNECTION.database,
};

let client: Neo4jClient;
const temp = tempFolder();

beforeAll(async () => {
  client = await connect();
  mkdirSync(join(temp.path, 'out'));
  writeFileSync(join(temp.path, 'out', 'graph.json'), JSON.stringify(graph));
});
beforeEach(() => clearNamespace(client, NS));
afterAll(async () => {
  await clearNamespace(client, NS);
  await client.close();
  temp.remove();
});

describe('loadCommand', () => {
  it('loads a graph.json, reporting progress on stderr and nodes and relationships created on stdout', async () => {
    const run = fakeIo({ cwd: temp.path });
    expect(await loadCommand(['--from', 'out/graph.json', '--batch-size', '2'], { ...run.io, env: ENV })).toBe(0);
    const nodes = graph.attributes.documents.length + graph.nodes.length;
    const links = graph.nodes.reduce((total, node) => total + node.attributes.documents.length, 0);
    expect(run.stdout()).toMatch(new RegExp(`^Loaded into ${CONNECTION.uri} \\(database ${CONNECTION.database}, Neo4j 5\\.\\d+`));
    expect(run.stdout()).toContain(`  nodes:         ${nodes} created, 0 matched`);
    expect(run.stdout()).toContain(`  relationships: ${links + graph.edges.length} created, 0 matched`);
    const lines = run.stderr().trim().split('\n');
    // One progress line however many batches (--batch-size 2 makes a dozen).
    expect(lines.filter((line) => line.startsWith('loading batches'))).toEqual([expect.stringMatching(/^loading batches (\d+)\/\1$/)]);
    const dump = await dumpNamespace(client, NS);
    expect(dump.nodes).toHaveLength(nodes);
    expect(dump.relationships).toHaveLength(links + graph.edges.length);
  });

  it('reports everything as matched when the same graph is loaded again', async () => {
    await loadCommand(['--from', 'out/graph.json'], { ...fakeIo({ cwd: temp.path }).io, env: ENV });
    const before = await dumpNamespace(client, NS);
    const run = fakeIo({ cwd: temp.path });
    expect(await loadCommand(['--from', 'out/graph.json'], { ...run.io, env: ENV })).toBe(0);
    expect(run.stdout()).toMatch(/nodes: {9}0 created, \d+ matched/);
    expect(run.stdout()).toMatch(/relationships: 0 created, \d+ matched/);
    expect(await dumpNamespace(client, NS)).toEqual(before);
  });

  it('draws a bar that ends its line on a terminal', async () => {
    const run = fakeIo({ cwd: temp.path, isTTY: true });
    expect(await loadCommand(['--from', 'out/graph.json', '--batch-size', '3', '--concurrency', '2'], { ...run.io, env: ENV })).toBe(0);
    expect(run.stderr()).toMatch(/^\rloading batches \[#*-*\] \d+\/\d+ \d+%/);
    expect(run.stderr()).toMatch(/\] (\d+)\/\1 100%\n$/);
  });

  it('lets flags override the environment', async () => {
    const run = fakeIo({ cwd: temp.path });
    const wrongEnv = { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_USERNAME: 'nobody', NEO4J_PASSWORD: 'wrong', NEO4J_DATABASE: 'nosuchdb' };
    const flags = ['--uri', CONNECTION.uri, '-u', CONNECTION.username, '-p', CONNECTION.password, '-d', CONNECTION.database];
    expect(await loadCommand(['--from', 'out/graph.json', ...flags], { ...run.io, env: wrongEnv })).toBe(0);
    expect((await dumpNamespace(client, NS)).nodes.length).toBe(graph.attributes.documents.length + graph.nodes.length);
  });

  it('loads through the neo4j:// routing scheme (clusters, Aura) as through bolt://', async () => {
    await loadCommand(['--from', 'out/graph.json'], { ...fakeIo({ cwd: temp.path }).io, env: ENV });
    const direct = await dumpNamespace(client, NS);
    await clearNamespace(client, NS);
    // The driver asks the server for a routing table and sends writes to the leader it names: here the server itself.
    const routed = CONNECTION.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
    expect(routed).toMatch(/^neo4j/);
    const run = fakeIo({ cwd: temp.path });
    expect(await loadCommand(['--from', 'out/graph.json', '--uri', routed], { ...run.io, env: ENV })).toBe(0);
    expect(run.stdout()).toContain(`Loaded into ${routed} `);
    expect(await dumpNamespace(client, NS)).toEqual(direct);
  });

  it('builds the graph from articles and loads it when given files instead of --from', async () => {
    const folder = join(temp.path, 'articles');
    mkdirSync(folder);
    // Invented names, so the entities the extractor finds belong to this test alone.
    const file = `${NS}-a.txt`;
    writeFileSync(join(folder, file), 'Ruritanian President Zorblat Quennik visited Strelsau on Monday.\nQuennik said the talks had failed.\n');
    const run = fakeIo({ cwd: temp.path });
    try {
      const code = await loadCommand(['articles'], { ...run.io, env: ENV });
      // With stderr, so a skipped article shows why.
      expect({ code, stderr: run.stderr() }).toEqual({ code: 0, stderr: expect.not.stringContaining('Fix:') });
      expect(run.stdout()).toContain('(documents 1 created / 0 matched,');
      const dumpDocument = findStatement(STATEMENTS.maintenance, 'dumpRelationships', 'maintenance.cypher');
      const links = await client.read(dumpDocument.text, { idPattern: `^${NS}-a\\.txt$` });
      expect(links.length).toBeGreaterThan(0);
      expect(links.every((link) => link.type === 'MENTIONED_IN' && link.target === file)).toBe(true);
    } finally {
      const linked = await client.read(findStatement(STATEMENTS.maintenance, 'dumpRelationships', 'maintenance.cypher').text, {
        idPattern: `^${NS}-a\\.txt$`,
      });
      const ids = [file, ...linked.map((link) => String(link.source))].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      await client.run(findStatement(STATEMENTS.maintenance, 'deleteMatching', 'maintenance.cypher').text, { idPattern: `^(${ids.join('|')})$` });
    }
  });
});
