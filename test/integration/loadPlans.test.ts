// cypher/load.cypher tells the server to keep its first plan of each statement (`CYPHER replan=skip`), so that
// plan must not depend on statistics: every node it looks up must be found by a seek in a uniqueness constraint's
// index, never by a scan, even against a database that holds none of the rows yet.
import neo4j, { type Driver, type ProfiledPlan, type Plan } from 'neo4j-driver';
import type { Neo4jClient } from '../../src/loader/Neo4jClient';
import { batchParameters } from '../../src/loader/batchParameters';
import { planLoad } from '../../src/loader/planLoad';
import { prepareDatabase } from '../../src/loader/prepareDatabase';
import { FIRST_ARTICLES, sampleExtractions } from '../loader/fixtures/sampleExtractions';
import { CONNECTION, STATEMENTS, clearNamespace, connect, graphOf } from './loadSupport';

const NS = `loadplans${process.pid}`;
const SCANS = ['AllNodesScan', 'NodeByLabelScan', 'NodeIndexScan', 'DirectedRelationshipTypeScan', 'UndirectedRelationshipTypeScan'];

/** The operators of a plan, depth first, without the `@database` suffix. */
function operators(plan: Plan | ProfiledPlan): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];
}

let client: Neo4jClient;
let driver: Driver;

beforeAll(async () => {
  client = await connect();
  await prepareDatabase(client, STATEMENTS, CONNECTION.uri);
  await clearNamespace(client, NS);
  driver = neo4j.driver(CONNECTION.uri, neo4j.auth.basic(CONNECTION.username, CONNECTION.password));
});
afterAll(async () => {
  await driver.close();
  await client.close();
});

describe('cypher/load.cypher', () => {
  it('keeps its first plans: every statement opens with CYPHER replan=skip', () => {
    for (const statement of STATEMENTS.load) expect(statement.text).toMatch(/^CYPHER replan=skip\n/);
  });

  it('plans every load statement with unique-index seeks and no scan, before any of its rows exist', async () => {
    const batches = planLoad(graphOf(sampleExtractions(NS, FIRST_ARTICLES)), STATEMENTS.load, 1000);
    const session = driver.session({ database: CONNECTION.database });
    try {
      for (const batch of new Map(batches.map((each) => [each.cypher, each])).values()) {
        // EXPLAIN plans without running: nothing is written.
        const result = await session.run(`EXPLAIN ${batch.cypher}`, batchParameters(batch));
        const plan = result.summary.plan;
        expect(plan).not.toBe(false);
        const used = plan === false ? [] : operators(plan);
        expect({ statement: batch.phase, scans: used.filter((operator) => SCANS.includes(operator)) }).toEqual({ statement: batch.phase, scans: [] });
        expect(used.some((operator) => operator.startsWith('NodeUniqueIndexSeek'))).toBe(true);
      }
    } finally {
      await session.close();
    }
  });
});
