import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCommand } from '../../src/cli/loadCommand';
import { LoaderError } from '../../src/loader/LoaderError';
import { Neo4jClient } from '../../src/loader/Neo4jClient';
import { fakeIo, tempFolder } from '../cli/fakeIo';
import { FIRST_ARTICLES, sampleExtractions } from '../loader/fixtures/sampleExtractions';
import { CONNECTION, connect, graphOf } from './loadSupport';

const NS = `loaderrors${process.pid}`;
const temp = tempFolder();
const ENV = {
  NEO4J_URI: CONNECTION.uri,
  NEO4J_USERNAME: CONNECTION.username,
  NEO4J_PASSWORD: CONNECTION.password,
  NEO4J_DATABASE: CONNECTION.database,
};

beforeAll(() => writeFileSync(join(temp.path, 'graph.json'), JSON.stringify(graphOf(sampleExtractions(NS, FIRST_ARTICLES)))));
afterAll(temp.remove);

// Each case fails before anything is written, so the namespace stays empty.
describe('loadCommand against a server it cannot use', () => {
  it.each([
    ['no server listens at the URI', { NEO4J_URI: 'bolt://127.0.0.1:1' }, 'NG_NEO4J_UNAVAILABLE', /cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 .*npm run neo4j:start/],
    ['the password is wrong', { NEO4J_PASSWORD: 'not-the-password' }, 'NG_NEO4J_UNAUTHORIZED', /refused user "neo4j" .*check NEO4J_USERNAME and NEO4J_PASSWORD/],
    ['the database does not exist', { NEO4J_DATABASE: 'nosuchdb' }, 'NG_NEO4J_DATABASE_NOT_FOUND', /has no database "nosuchdb" .*check NEO4J_DATABASE/],
  ])('says what to check when %s', async (_case, env, code, message) => {
    const run = fakeIo({ cwd: temp.path });
    // One attempt only: the server locks a user out for a few seconds after repeated wrong passwords.
    const error: unknown = await loadCommand(['--from', 'graph.json'], { ...run.io, env: { ...ENV, ...env } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LoaderError);
    expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
  });
});

describe('Neo4jClient', () => {
  it('maps a statement the server rejects to a NG_NEO4J_FAILED error carrying the server code', async () => {
    const client = await connect();
    try {
      // Deliberately broken Cypher: the mapping of server errors is what is tested.
      await expect(client.read('RETURN $missing + ')).rejects.toMatchObject({ code: 'NG_NEO4J_FAILED' });
      await expect(client.read('RETURN $missing + ')).rejects.toMatchObject({ neo4jCode: 'Neo.ClientError.Statement.SyntaxError' });
    } finally {
      await client.close();
    }
  });

  it('sends whole numbers as Cypher integers and reads integers back as numbers', async () => {
    const client = await connect();
    try {
      const [row] = await client.read('RETURN $count + 1 AS count, valueType($count) AS type, [$count] AS list', { count: 41 });
      expect(row).toEqual({ count: 42, type: 'INTEGER NOT NULL', list: [41] });
    } finally {
      await client.close();
    }
  });

  it('refuses a URI the driver cannot use, naming it', async () => {
    await expect(Neo4jClient.connect({ ...CONNECTION, uri: 'bolt://' })).rejects.toThrow(/bolt:\/\//);
  });
});
