// `newsgraph unload` and the replacement of changed documents on `newsgraph load`, on the real server: the seed
// articles with their real ids (removed before and after, as seeds.test.ts does), and a namespace of the sample
// extractions for the changed-document cases.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCommand } from '../../src/cli/loadCommand';
import { unloadCommand } from '../../src/cli/unloadCommand';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { loadGraph } from '../../src/loader/loadGraph';
import type { Neo4jClient } from '../../src/loader/Neo4jClient';
import { findStatement } from '../../src/loader/parseCypherFile';
import { removeContent, unloadDocuments } from '../../src/loader/unloadDocuments';
import { fakeIo, tempFolder } from '../cli/fakeIo';
import { FIRST_ARTICLES, SECOND_ARTICLES, sampleExtractions } from '../loader/fixtures/sampleExtractions';
import { CONNECTION, STATEMENTS, clearNamespace, connect, dumpMatching, dumpNamespace, graphOf, namespacePattern } from './loadSupport';
import { SEED_FILES, clearSeeds, seedExtractions, seedGraph, seedIdsPattern } from './seedsSupport';

const ENV = { NEO4J_URI: CONNECTION.uri, NEO4J_USERNAME: CONNECTION.username, NEO4J_PASSWORD: CONNECTION.password, NEO4J_DATABASE: CONNECTION.database };
const SEEDS = seedGraph(seedExtractions());
const PATTERN = seedIdsPattern([SEEDS]);
const NS = `unload${process.pid}`;
const temp = tempFolder();
let client: Neo4jClient;

beforeAll(async () => {
  client = await connect();
  writeFileSync(join(temp.path, 'graph.json'), JSON.stringify(SEEDS));
});
beforeEach(async () => {
  await clearSeeds(client, [SEEDS]);
  await clearNamespace(client, NS);
});
afterAll(async () => {
  await clearSeeds(client, [SEEDS]);
  await clearNamespace(client, NS);
  await client.close();
  temp.remove();
});

const load = async (graph: SerializedGraph) => (await loadGraph(client, graph, STATEMENTS, { batchSize: 1000, uri: CONNECTION.uri })).summary;

/** What must hold between any two commands: weights count evidence, lists stay parallel, no entity is orphaned. */
async function expectConsistent(pattern: string): Promise<void> {
  const { nodes, relationships } = await dumpMatching(client, pattern);
  const mentions = new Map<string, number>();
  for (const link of relationships.filter((relationship) => relationship.type === 'MENTIONED_IN')) {
    mentions.set(link.source, (mentions.get(link.source) ?? 0) + Number(link.properties.count));
  }
  for (const node of nodes.filter((each) => each.labels.includes('Entity'))) {
    expect({ id: node.id, mentioned: mentions.has(node.id) }).toEqual({ id: node.id, mentioned: true });
    expect({ id: node.id, mentions: node.properties.mentions }).toEqual({ id: node.id, mentions: mentions.get(node.id) });
  }
  for (const relation of relationships.filter((relationship) => relationship.type !== 'MENTIONED_IN')) {
    const keys = relation.properties.evidenceKeys as string[];
    expect(relation.properties.weight).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(0);
    for (const list of ['evidenceDocs', 'evidenceSentences', 'evidenceStarts', 'evidenceEnds', 'evidenceRules', 'evidenceReasons', 'evidenceVerbs', 'evidenceDates']) {
      expect((relation.properties[list] as unknown[]).length).toBe(keys.length);
    }
  }
}

describe('unloadCommand', () => {
  it('removes one seed article, leaving no orphan, and loading the seeds again gives back the same database', async () => {
    const loaded = fakeIo({ cwd: temp.path });
    expect(await loadCommand(['--from', 'graph.json'], { ...loaded.io, env: ENV })).toBe(0);
    const before = await dumpMatching(client, PATTERN);
    const [doc] = SEED_FILES;
    if (!doc) throw new Error('seeds/ has articles');

    const run = fakeIo({ cwd: temp.path });
    expect(await unloadCommand(['--doc', doc], { ...run.io, env: ENV })).toBe(0);
    expect(run.stdout()).toMatch(new RegExp(`^Unloaded from ${CONNECTION.uri} \\(database ${CONNECTION.database}\\): 1 document, \\d+ entit(y|ies) and \\d+ relationships? removed\\n$`));
    const between = await dumpMatching(client, PATTERN);
    expect(between.nodes.map((node) => node.id)).not.toContain(doc);
    expect(between.relationships.filter((relation) => relation.target === doc || (relation.properties.evidenceDocs as string[] | undefined)?.includes(doc))).toEqual([]);
    expect(between.nodes.length).toBeLessThan(before.nodes.length);
    await expectConsistent(PATTERN);

    const again = fakeIo({ cwd: temp.path });
    expect(await loadCommand(['--from', 'graph.json'], { ...again.io, env: ENV })).toBe(0);
    const after = await dumpMatching(client, PATTERN);
    expect({ nodes: after.nodes.length, relationships: after.relationships.length }).toEqual({ nodes: before.nodes.length, relationships: before.relationships.length });
    // Evidence of relations that kept some comes back after what stayed: the same items, in another order.
    expect(canonical(after)).toEqual(canonical(before));
  });

  it('changes nothing the second time, and says so', async () => {
    await load(SEEDS);
    const [doc] = SEED_FILES;
    await unloadDocuments(client, STATEMENTS.unload, [doc ?? '']);
    const once = await dumpMatching(client, PATTERN);
    const run = fakeIo({ cwd: temp.path });
    expect(await unloadCommand(['--doc', doc ?? '', '--doc', 'no-such-document.txt'], { ...run.io, env: ENV })).toBe(0);
    expect(run.stdout()).toMatch(/: 0 documents, 0 entities and 0 relationships removed/);
    expect(await dumpMatching(client, PATTERN)).toEqual(once);
  });

  it('ends an unload interrupted after its first step, run again, as one clean unload', async () => {
    const docs = SEED_FILES.slice(0, 2);
    await load(SEEDS);
    await unloadDocuments(client, STATEMENTS.unload, docs);
    const clean = await dumpMatching(client, PATTERN);
    await clearSeeds(client, [SEEDS]);
    await load(SEEDS);
    // As if stopped after the evidence went: the mentions and documents are still there.
    await client.run(findStatement(STATEMENTS.unload, 'removeEvidence', 'unload.cypher').text, { ids: docs });
    await unloadDocuments(client, STATEMENTS.unload, docs);
    expect(canonical(await dumpMatching(client, PATTERN))).toEqual(canonical(clean));
    await expectConsistent(PATTERN);
  });

  it('removes everything newsgraph loaded with --all', async () => {
    await load(SEEDS);
    await load(graphOf(sampleExtractions(NS, FIRST_ARTICLES)));
    const run = fakeIo({ cwd: temp.path });
    expect(await unloadCommand(['--all'], { ...run.io, env: ENV })).toBe(0);
    const [left] = await client.read(findStatement(STATEMENTS.unload, 'countLoaded', 'unload.cypher').text);
    expect(left).toEqual({ documents: 0, entities: 0, relationships: 0 });
  });
});

describe('loadGraph with changed documents', () => {
  const original = graphOf(sampleExtractions(NS, [...FIRST_ARTICLES, ...SECOND_ARTICLES]));
  // The same articles, one of which now gives other evidence: reworded sentences under the same keys, one relation
  // it alone stated gone, and one mention fewer.
  const doc = `${NS}/000.txt`;
  const statedOnlyThere = original.edges.find((edge) => edge.attributes.evidence.every((item) => item.doc === doc));
  const changed: SerializedGraph = {
    ...original,
    nodes: original.nodes.map((node) => ({
      ...node,
      attributes: { ...node.attributes, documents: node.attributes.documents.map((each) => (each.id === doc && each.mentions > 1 ? { ...each, mentions: each.mentions - 1 } : each)) },
    })),
    edges: original.edges
      .map((edge) => ({
        ...edge,
        attributes: { ...edge.attributes, evidence: edge.attributes.evidence.map((item) => (item.doc === doc ? { ...item, sentence: `${item.sentence} (corrected)` } : item)) },
      }))
      .filter((edge) => edge.key !== statedOnlyThere?.key),
  };

  it('replaces what the changed document had stored, as if the new graph had been loaded alone', async () => {
    expect(statedOnlyThere).toBeDefined();
    await load(changed);
    const alone = await dumpNamespace(client, NS);
    await clearNamespace(client, NS);
    await load(original);
    const summary = await load(changed);
    expect(summary.replaced).toBe(1);
    expect(canonical(await dumpNamespace(client, NS))).toEqual(canonical(alone));
    await expectConsistent(namespacePattern(NS));
  });

  it('replaces nothing when the same graph comes again', async () => {
    await load(original);
    expect((await load(original)).replaced).toBe(0);
  });

  it('ends a replacement interrupted after the old content went, run again, as one clean load', async () => {
    await load(changed);
    const alone = await dumpNamespace(client, NS);
    await clearNamespace(client, NS);
    await load(original);
    await removeContent(client, STATEMENTS.unload, [doc]);
    await load(changed);
    expect(canonical(await dumpNamespace(client, NS))).toEqual(canonical(alone));
  });
});

// A dump with each relationship's evidence in key order, the parallel lists reordered together.
function canonical(dump: Awaited<ReturnType<typeof dumpMatching>>): unknown {
  return {
    nodes: dump.nodes,
    relationships: dump.relationships.map((relation) => {
      const keys = relation.properties.evidenceKeys as string[] | undefined;
      if (!keys) return relation;
      const order = keys.map((key, index) => [key, index] as const).sort(([a], [b]) => (a < b ? -1 : 1)).map(([, index]) => index);
      const properties = Object.fromEntries(
        Object.entries(relation.properties).map(([name, value]) => [name, name.startsWith('evidence') ? order.map((index) => (value as unknown[])[index]) : value]),
      );
      return { ...relation, properties };
    }),
  };
}
