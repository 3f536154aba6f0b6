import neo4j, { Driver } from 'neo4j-driver';

/** A connection setting exported by the integration globalSetup (NEO4J_URI and friends). */
function setting(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run this file through jest's integration project, whose globalSetup provides it`);
  }
  return value;
}

describe('the Neo4j server behind the integration tests', () => {
  let driver: Driver;

  beforeAll(() => {
    driver = neo4j.driver(setting('NEO4J_URI'), neo4j.auth.basic(setting('NEO4J_USERNAME'), setting('NEO4J_PASSWORD')), {
      disableLosslessIntegers: true,
    });
  });

  afterAll(async () => {
    await driver.close();
  });

  it('answers a parameterised query over Bolt with the configured credentials', async () => {
    const { records } = await driver.executeQuery('RETURN $n + 1 AS answer', { n: 41 }, { database: setting('NEO4J_DATABASE') });
    expect(records.map((record) => record.get('answer'))).toEqual([42]);
  });

  it('runs a Neo4j 5.x kernel', async () => {
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version",
      {},
      { database: setting('NEO4J_DATABASE') },
    );
    expect(records.map((record) => record.get('version'))).toEqual([expect.stringMatching(/^5\.\d+\.\d+/)]);
  });

  it('rejects a wrong password with Neo.ClientError.Security.Unauthorized', async () => {
    const wrong = neo4j.driver(setting('NEO4J_URI'), neo4j.auth.basic(setting('NEO4J_USERNAME'), `${setting('NEO4J_PASSWORD')}-wrong`));
    try {
      await expect(wrong.executeQuery('RETURN 1')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await wrong.close();
    }
  });
});
