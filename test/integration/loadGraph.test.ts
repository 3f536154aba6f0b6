import { loadBatches } from '../../src/loader/loadBatches';
import { loadGraph } from '../../src/loader/loadGraph';
import type { Neo4jClient } from '../../src/loader/Neo4jClient';
import { planLoad } from '../../src/loader/planLoad';
import { toLoadRows } from '../../src/loader/toLoadRows';
import { prepareDatabase } from '../../src/loader/prepareDatabase';
import { findStatement } from '../../src/loader/parseCypherFile';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { FIRST_ARTICLES, SECOND_ARTICLES, sampleExtractions } from '../loader/fixtures/sampleExtractions';
import { CONNECTION, STATEMENTS, clearNamespace, connect, dumpNamespace, graphOf } from './loadSupport';

// Unique per process, so two runs of this file against one server cannot meet.
const NS = `loadgraph${process.pid}`;
const first = graphOf(sampleExtractions(NS, FIRST_ARTICLES));
const both = graphOf(sampleExtractions(NS, [...FIRST_ARTICLES, ...SECOND_ARTICLES]));
const second = graphOf(sampleExtractions(NS, SECOND_ARTICLES));

let client: Neo4jClient;
const load = (graph: SerializedGraph, batchSize = 3) => loadGraph(client, graph, STATEMENTS, { batchSize, uri: CONNECTION.uri });

beforeAll(async () => {
  client = await connect();
});
beforeEach(() => clearNamespace(client, NS));
afterAll(async () => {
  await clearNamespace(client, NS);
  await client.close();
});

describe('loadGraph', () => {
  it('stores every entity with its type label, name, aliases and mention count, linked to its documents', async () => {
    await load(both);
    const { nodes, relationships } = await dumpNamespace(client, NS);
    const entities = nodes.filter((node) => node.labels.includes('Entity'));
    expect(entities).toEqual(
      [...both.nodes]
        .sort((a, b) => (a.key < b.key ? -1 : 1))
        .map(({ key, attributes }) => ({
          id: key,
          labels: ['Entity', attributes.type].sort(),
          properties: {
            aliases: attributes.aliases,
            ...(attributes.country ? { country: attributes.country } : {}),
            id: key,
            mentions: attributes.mentions,
            name: attributes.name,
            type: attributes.type,
          },
        })),
    );
    const mentioned = relationships.filter((relationship) => relationship.type === 'MENTIONED_IN');
    const expected = both.nodes.flatMap(({ key, attributes }) =>
      attributes.documents.map((document) => ({ source: key, type: 'MENTIONED_IN', target: document.id, properties: { count: document.mentions } })),
    );
    expect(sortRelationships(mentioned)).toEqual(sortRelationships(expected));
  });

  it('stores every article as a Document with its title, date, source and content hash', async () => {
    await load(both);
    const { nodes } = await dumpNamespace(client, NS);
    const documents = nodes.filter((node) => node.labels.includes('Document'));
    const hashes = new Map(toLoadRows(both).documents.map((row) => [row.id, row.hash]));
    expect(documents).toEqual(
      both.attributes.documents.map(({ id, title, date, source }) => ({
        id,
        labels: ['Document'],
        properties: Object.fromEntries(Object.entries({ contentHash: hashes.get(id), date, id, source, title }).filter(([, value]) => value !== undefined)),
      })),
    );
  });

  it('stores every edge as a relationship of its type whose parallel evidence lists give back its evidence', async () => {
    await load(both);
    const { relationships } = await dumpNamespace(client, NS);
    const relations = relationships.filter((relationship) => relationship.type !== 'MENTIONED_IN');
    expect(relations).toHaveLength(both.edges.length);
    for (const edge of both.edges) {
      const stored = relations.find((relationship) => relationship.properties.key === edge.key);
      expect(stored).toMatchObject({ source: edge.source, type: edge.attributes.type, target: edge.target });
      const p = stored?.properties ?? {};
      expect(p.weight).toBe(edge.attributes.weight);
      expect(p.title).toBe(edge.attributes.title);
      expect(p.topics).toEqual(edge.attributes.topics);
      const evidence = (p.evidenceKeys as string[]).map((key, item) => ({
        doc: (p.evidenceDocs as string[])[item],
        sentence: (p.evidenceSentences as string[])[item],
        start: (p.evidenceStarts as number[])[item],
        end: (p.evidenceEnds as number[])[item],
        rule: (p.evidenceRules as string[])[item],
        reason: (p.evidenceReasons as string[])[item],
        verb: (p.evidenceVerbs as string[])[item],
        date: (p.evidenceDates as string[])[item],
        key,
      }));
      expect(evidence).toEqual(
        edge.attributes.evidence.map((item) => ({ ...item, date: item.date ?? '', key: `${item.doc}|${item.start}|${item.end}|${item.rule}` })),
      );
    }
  });

  it('reports everything as created on a first load', async () => {
    const { summary, version } = await load(both);
    expect(version).toMatch(/^\d+\.\d+/);
    const links = both.nodes.reduce((total, node) => total + node.attributes.documents.length, 0);
    expect(summary).toEqual({
      batches: planLoad(both, STATEMENTS.load, 3).length,
      documents: { rows: both.attributes.documents.length, created: both.attributes.documents.length },
      entities: { rows: both.nodes.length, created: both.nodes.length },
      mentions: { rows: links, created: links },
      relations: { rows: both.edges.length, created: both.edges.length },
      replaced: 0,
    });
  });

  it('leaves the database unchanged when the same graph is loaded again, and reports everything as matched', async () => {
    await load(both);
    const before = await dumpNamespace(client, NS);
    const { summary } = await load(both, 1000);
    expect(await dumpNamespace(client, NS)).toEqual(before);
    expect([summary.documents.created, summary.entities.created, summary.mentions.created, summary.relations.created]).toEqual([0, 0, 0, 0]);
    expect(summary.relations.rows).toBe(both.edges.length);
  });

  it('merges a second batch of articles into the first as if both had been loaded at once', async () => {
    await load(both);
    const atOnce = await dumpNamespace(client, NS);
    await clearNamespace(client, NS);
    await load(first);
    const { summary } = await load(second);
    expect(await dumpNamespace(client, NS)).toEqual(atOnce);
    // Entities named again (Rubio, Trump, Ukraine, ...) matched; only the new ones were created.
    const firstIds = new Set(first.nodes.map((node) => node.key));
    expect(summary.entities.created).toBe(second.nodes.filter((node) => !firstIds.has(node.key)).length);
    expect(summary.entities.created).toBeLessThan(second.nodes.length);
  });

  it('appends only new evidence when articles already loaded come again with new ones', async () => {
    await load(first);
    await load(both);
    await load(second);
    const { relationships } = await dumpNamespace(client, NS);
    const role = relationships.find(
      (relationship) => relationship.properties.key === `person:${NS}-marco-rubio|HOLDS_ROLE:Secretary of State|country:${NS}-united-states`,
    );
    expect(role?.properties.evidenceDocs).toEqual([`${NS}/000.txt`, `${NS}/002.txt`]);
    expect(role?.properties.weight).toBe(2);
  });

  it('ends a load interrupted half way and run again with the same database as one clean run', async () => {
    await load(both, 2);
    const clean = await dumpNamespace(client, NS);
    await clearNamespace(client, NS);

    await prepareDatabase(client, STATEMENTS, CONNECTION.uri);
    const batches = planLoad(both, STATEMENTS.load, 2);
    const half = Math.floor(batches.length / 2);
    let written = 0;
    const interrupted = loadBatches(batches, async (cypher, parameters) => {
      if (written === half) throw new Error('connection lost half way');
      written += 1;
      return client.write(cypher, parameters);
    });
    await expect(interrupted).rejects.toThrow('connection lost half way');
    expect(await dumpNamespace(client, NS)).not.toEqual(clean);

    await load(both, 2);
    expect(await dumpNamespace(client, NS)).toEqual(clean);
  });

  it.each([2, 4])('ends a load running %i transactions at once like a load running one', async (concurrency) => {
    await load(both, 1);
    const sequential = await dumpNamespace(client, NS);
    await clearNamespace(client, NS);
    const { summary } = await loadGraph(client, both, STATEMENTS, { batchSize: 1, concurrency, uri: CONNECTION.uri });
    expect(await dumpNamespace(client, NS)).toEqual(sequential);
    expect(summary.relations).toEqual({ rows: both.edges.length, created: both.edges.length });
  });

  it('never duplicates evidence when overlapping loads run at once', async () => {
    const others = await Promise.all([connect(), connect()]);
    try {
      // Batches of one row interleave the loads' transactions as much as possible.
      await Promise.all([
        load(both, 1),
        loadGraph(others[0] as Neo4jClient, first, STATEMENTS, { batchSize: 1, uri: CONNECTION.uri }),
        loadGraph(others[1] as Neo4jClient, second, STATEMENTS, { batchSize: 1, uri: CONNECTION.uri }),
      ]);
    } finally {
      await Promise.all(others.map((other) => other.close()));
    }
    const { relationships } = await dumpNamespace(client, NS);
    const stored = relationships
      .filter((relationship) => relationship.type !== 'MENTIONED_IN')
      .map(({ properties }) => ({ key: properties.key, weight: properties.weight, evidence: [...(properties.evidenceKeys as string[])].sort() }));
    const expected = both.edges.map((edge) => ({
      key: edge.key,
      weight: edge.attributes.weight,
      evidence: edge.attributes.evidence.map((item) => `${item.doc}|${item.start}|${item.end}|${item.rule}`).sort(),
    }));
    expect(stored.sort((a, b) => (String(a.key) < String(b.key) ? -1 : 1))).toEqual(expected.sort((a, b) => (a.key < b.key ? -1 : 1)));
  });

  it('applies the schema idempotently and leaves its constraints and indexes online', async () => {
    await prepareDatabase(client, STATEMENTS, CONNECTION.uri);
    await prepareDatabase(client, STATEMENTS, CONNECTION.uri);
    const indexes = await client.read(findStatement(STATEMENTS.maintenance, 'listIndexes', 'maintenance.cypher').text);
    const ours = indexes.filter((index) => STATEMENTS.schema.some((statement) => statement.text.includes(` ${String(index.name)} `)));
    expect(ours.map((index) => [index.name, index.labelsOrTypes, index.properties, index.state]).sort()).toEqual(
      [
        ['document_date', ['Document'], ['date'], 'ONLINE'],
        ['document_id_unique', ['Document'], ['id'], 'ONLINE'],
        ['entity_id_unique', ['Entity'], ['id'], 'ONLINE'],
        ['entity_name', ['Entity'], ['name'], 'ONLINE'],
        ['entity_type', ['Entity'], ['type'], 'ONLINE'],
      ].sort(),
    );
  });
});

function sortRelationships<T>(relationships: T[]): T[] {
  return [...relationships].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}
