// Two loads meeting on one relationship or one entity, interleaved on purpose: load A runs its batch in a transaction
// left open, load B runs its own batch of the same statement until the server shows it waiting for A's lock, then A
// commits and B finishes. A statement that read the stored evidence or aliases before taking the lock would append
// evidence twice or lose an alias here; cypher/load.cypher reads them only where Cypher locks first.
// The driver is used directly (as in neo4jServer.test.ts) because the loader only runs managed transactions, which
// commit before the next statement can start.
import neo4j, { type Driver } from 'neo4j-driver';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { loadGraph } from '../../src/loader/loadGraph';
import type { Neo4jClient } from '../../src/loader/Neo4jClient';
import { batchParameters } from '../../src/loader/batchParameters';
import { type LoadBatch, planLoad } from '../../src/loader/planLoad';
import { evidenceKey } from '../../src/loader/toLoadRows';
import type { Evidence } from '../../src/relations/EvidenceSchema';
import { CONNECTION, STATEMENTS, clearNamespace, connect, dumpNamespace } from './loadSupport';

const NS = `loadraces${process.pid}`;
const DOC = `${NS}/000.txt`;
const RUBIO = `person:${NS}-marco-rubio`;
const LAVROV = `person:${NS}-sergey-lavrov`;
const EDGE = `${RUBIO}|CRITICIZED|${LAVROV}`;

const evidence = (start: number): Evidence => ({
  doc: DOC,
  sentence: `Sentence at ${start}.`,
  start,
  end: start + 12,
  rule: 'criticized-verb',
  reason: 'a criticism verb between two parties',
  verb: 'criticized',
  date: '2025-11-20',
});

/** A graph of Rubio (named `rubioName`) and Lavrov, Rubio criticizing Lavrov with evidence at these offsets. */
function graph(rubioName: string, starts: number[]): SerializedGraph {
  const documents = [{ id: DOC, mentions: 1 }];
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { name: NS, documents: [{ id: DOC, title: 'Talks' }] },
    nodes: [
      { key: RUBIO, attributes: { name: rubioName, type: 'Person', aliases: [], mentions: 1, documents } },
      { key: LAVROV, attributes: { name: 'Sergey Lavrov', type: 'Person', aliases: [], mentions: 1, documents } },
    ],
    edges: [
      {
        key: EDGE,
        source: RUBIO,
        target: LAVROV,
        attributes: { type: 'CRITICIZED', weight: starts.length, topics: [], evidence: starts.map(evidence) },
      },
    ],
  };
}

/** The one batch of a phase that a graph's load would send. */
function batchOf(loaded: SerializedGraph, phase: LoadBatch['phase']): LoadBatch {
  const batches = planLoad(loaded, STATEMENTS.load, 1000).filter((batch) => batch.phase === phase);
  expect(batches).toHaveLength(1);
  return batches[0] as LoadBatch;
}

// As Neo4jClient sends them: every number newsgraph sends is an integer.
function integers(value: unknown): unknown {
  if (typeof value === 'number') return neo4j.int(value);
  if (Array.isArray(value)) return value.map(integers);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, integers(item)]));
  return value;
}

let client: Neo4jClient;
let driver: Driver;

beforeAll(async () => {
  client = await connect();
  driver = neo4j.driver(CONNECTION.uri, neo4j.auth.basic(CONNECTION.username, CONNECTION.password));
});
beforeEach(() => clearNamespace(client, NS));
afterAll(async () => {
  await clearNamespace(client, NS);
  await driver.close();
  await client.close();
});

/** Runs batch `a` in an open transaction, then batch `b` until it waits for `a`'s lock, then commits `a` and `b`. */
async function race(a: LoadBatch, b: LoadBatch): Promise<void> {
  const sessions = [0, 1].map(() => driver.session({ database: CONNECTION.database }));
  const [first, second] = sessions.map((session) => session.beginTransaction());
  // A comment no other query holds, to find b among the server's transactions.
  const marker = `race ${NS} ${Date.now()}`;
  try {
    await first?.run(a.cypher, integers(batchParameters(a)) as Record<string, unknown>);
    const finished = second?.run(`${b.cypher}\n// ${marker}`, integers(batchParameters(b)) as Record<string, unknown>).then(() => second.commit());
    await waitUntilBlocked(marker);
    await first?.commit();
    await finished;
  } finally {
    await Promise.all(sessions.map((session) => session.close()));
  }
}

/** Polls SHOW TRANSACTIONS until the transaction running the marked query waits for a lock. */
async function waitUntilBlocked(marker: string): Promise<void> {
  const session = driver.session({ database: CONNECTION.database });
  try {
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const result = await session.run(
        'SHOW TRANSACTIONS YIELD currentQuery, status WHERE currentQuery CONTAINS $marker AND status STARTS WITH "Blocked" RETURN count(*) AS blocked',
        { marker },
      );
      if (Number(result.records[0]?.get('blocked')) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the second load never waited for the first one: the statement takes no lock before it writes');
  } finally {
    await session.close();
  }
}

const load = (loaded: SerializedGraph) => loadGraph(client, loaded, STATEMENTS, { batchSize: 1000, uri: CONNECTION.uri });

describe('mergeRelations', () => {
  it('appends evidence two loads bring at once exactly once each, whichever commits first', async () => {
    await load(graph('Marco Rubio', [10]));
    // A brings the item at 20; B brings 20 again and 30, having started before A committed.
    await race(batchOf(graph('Marco Rubio', [10, 20]), 'relations'), batchOf(graph('Marco Rubio', [20, 30]), 'relations'));
    const { relationships } = await dumpNamespace(client, NS);
    const stored = relationships.find((relationship) => relationship.type === 'CRITICIZED')?.properties;
    expect(stored?.evidenceKeys).toEqual([10, 20, 30].map((start) => evidenceKey(evidence(start))));
    expect(stored?.evidenceStarts).toEqual([10, 20, 30]);
    expect(stored?.evidenceSentences).toEqual(['Sentence at 10.', 'Sentence at 20.', 'Sentence at 30.']);
    expect(stored?.weight).toBe(3);
  });
});

describe('mergeEntities', () => {
  it('keeps the name each of two loads at once replaced as an alias', async () => {
    await load(graph('Rubio', [10]));
    // A renames Rubio to Marco Rubio; B, started before A committed, renames him to Secretary Rubio.
    await race(batchOf(graph('Marco Rubio', [10]), 'entities'), batchOf(graph('Secretary Rubio', [10]), 'entities'));
    const { nodes } = await dumpNamespace(client, NS);
    const rubio = nodes.find((node) => node.id === RUBIO)?.properties;
    expect(rubio?.name).toBe('Secretary Rubio');
    expect(rubio?.aliases).toEqual(['Marco Rubio', 'Rubio']);
    expect(rubio?.mentions).toBe(1);
  });
});
