// `newsgraph export --format neo4j-admin` then `npm run neo4j:import -- DIR` on the local server: the server is stopped,
// its database replaced by the import, started again with cypher/schema.cypher applied. Every other test file makes
// its own data, and this one leaves the database with the schema online and without its namespace.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCommand } from '../../src/cli/exportCommand';
import { loadGraph } from '../../src/loader/loadGraph';
import type { Neo4jClient } from '../../src/loader/Neo4jClient';
import { findStatement } from '../../src/loader/parseCypherFile';
import { fakeIo, tempFolder } from '../cli/fakeIo';
import { FIRST_ARTICLES, SECOND_ARTICLES, sampleExtractions } from '../loader/fixtures/sampleExtractions';
import { CONNECTION, STATEMENTS, clearNamespace, connect, dumpNamespace, graphOf } from './loadSupport';

const NS = `adminimport${process.pid}`;
const graph = graphOf(sampleExtractions(NS, [...FIRST_ARTICLES, ...SECOND_ARTICLES]));
const temp = tempFolder();
let client: Neo4jClient;

beforeAll(async () => {
  client = await connect();
  await clearNamespace(client, NS);
});
afterAll(async () => {
  await clearNamespace(client, NS);
  await client.close();
  temp.remove();
});

// An online load stores an empty list where a CSV field can only be empty: the same graph either way.
const withoutEmptyLists = (dump: Awaited<ReturnType<typeof dumpNamespace>>) =>
  JSON.parse(JSON.stringify(dump, (_key, value: unknown) => (Array.isArray(value) && value.length === 0 ? undefined : value))) as unknown;

describe('npm run neo4j:import', () => {
  it('imports what export wrote into a database that then holds what an online load gives, with the schema online', async () => {
    await loadGraph(client, graph, STATEMENTS, { batchSize: 1000, uri: CONNECTION.uri });
    const online = await dumpNamespace(client, NS);
    writeFileSync(join(temp.path, 'graph.json'), JSON.stringify(graph));
    expect(await exportCommand(['graph.json', '--format', 'neo4j-admin', '--out', 'import'], fakeIo({ cwd: temp.path }).io)).toBe(0);

    await client.close();
    const script = join(__dirname, '..', '..', 'scripts', 'neo4j.mjs');
    const run = spawnSync(process.execPath, [script, 'import', join(temp.path, 'import')], { encoding: 'utf8' });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const report = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { import: { nodes: number; relationships: number; database: string } };
    const links = graph.nodes.reduce((total, node) => total + node.attributes.documents.length, 0);
    expect(report.import).toMatchObject({ database: CONNECTION.database, nodes: graph.nodes.length + graph.attributes.documents.length, relationships: graph.edges.length + links });

    client = await connect();
    expect(withoutEmptyLists(await dumpNamespace(client, NS))).toEqual(withoutEmptyLists(online));
    const indexes = await client.read(findStatement(STATEMENTS.maintenance, 'listIndexes', 'maintenance.cypher').text);
    expect(indexes.filter((index) => ['entity_id_unique', 'document_id_unique', 'entity_name', 'entity_type', 'document_date'].includes(String(index.name))).map((index) => index.state)).toEqual(
      ['ONLINE', 'ONLINE', 'ONLINE', 'ONLINE', 'ONLINE'],
    );
    // Loading the same graph online afterwards finds everything there, with the same content hashes.
    const { summary } = await loadGraph(client, graph, STATEMENTS, { batchSize: 1000, uri: CONNECTION.uri });
    expect({ created: summary.entities.created + summary.relations.created + summary.mentions.created + summary.documents.created, replaced: summary.replaced }).toEqual({ created: 0, replaced: 0 });
    // Stopping a server, importing and starting it again takes a minute or more on two busy cores.
  }, 600_000);
});
