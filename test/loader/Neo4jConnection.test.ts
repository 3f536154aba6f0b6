import { LoaderError } from '../../src/loader/LoaderError';
import { DEFAULT_NEO4J_CONNECTION, resolveNeo4jConnection } from '../../src/loader/Neo4jConnection';

const ENV = { NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USERNAME: 'analyst', NEO4J_PASSWORD: 's3cret', NEO4J_DATABASE: 'news' };

describe('resolveNeo4jConnection', () => {
  it('uses the local server when neither flags nor environment say otherwise', () => {
    expect(resolveNeo4jConnection({}, {})).toEqual({ uri: 'bolt://127.0.0.1:7687', username: 'neo4j', password: 'newsgraph', database: 'neo4j' });
    expect(DEFAULT_NEO4J_CONNECTION.uri).toBe('bolt://127.0.0.1:7687');
  });

  it('reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE', () => {
    expect(resolveNeo4jConnection({}, ENV)).toEqual({ uri: ENV.NEO4J_URI, username: 'analyst', password: 's3cret', database: 'news' });
  });

  it('lets each flag override its variable', () => {
    expect(resolveNeo4jConnection({ uri: 'bolt://db:7687', database: 'neo4j' }, ENV)).toEqual({
      uri: 'bolt://db:7687',
      username: 'analyst',
      password: 's3cret',
      database: 'neo4j',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(resolveNeo4jConnection({}, { NEO4J_URI: '', NEO4J_DATABASE: '' })).toMatchObject({ uri: 'bolt://127.0.0.1:7687', database: 'neo4j' });
  });

  it.each(['bolt://h:7687', 'bolt+s://h', 'bolt+ssc://h:7687', 'neo4j://h', 'neo4j+s://x.databases.neo4j.io', 'neo4j+ssc://h'])(
    'accepts the URI %s',
    (uri) => {
      expect(resolveNeo4jConnection({ uri }, {}).uri).toBe(uri);
    },
  );

  it.each([
    [{ uri: 'http://127.0.0.1:7474' }, /invalid Neo4j uri "http:\/\/127\.0\.0\.1:7474" \(from --uri\).*check --uri or NEO4J_URI/],
    [{ uri: 'localhost:7687' }, /invalid Neo4j uri "localhost:7687"/],
    [{ username: '' }, /invalid Neo4j username.*check --username or NEO4J_USERNAME/],
    [{ database: ' ' }, /invalid Neo4j database.*check --database or NEO4J_DATABASE/],
  ])('refuses %j naming the flag and the variable', (flags, message) => {
    expect(() => resolveNeo4jConnection(flags, {})).toThrow(expect.objectContaining({ code: 'NG_LOAD_OPTIONS_INVALID' }));
    expect(() => resolveNeo4jConnection(flags, {})).toThrow(message);
  });

  it('names the variable an invalid value came from, and never echoes a password', () => {
    expect(() => resolveNeo4jConnection({}, { NEO4J_URI: 'localhost' })).toThrow(/invalid Neo4j uri "localhost" \(from NEO4J_URI\)/);
    expect(() => resolveNeo4jConnection({}, { NEO4J_URI: 'localhost' })).toThrow(LoaderError);
  });
});
