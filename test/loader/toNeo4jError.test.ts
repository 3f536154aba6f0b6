import { Neo4jError } from 'neo4j-driver';
import { NewsgraphError } from '../../src/errors/NewsgraphError';
import { Neo4jAuthError } from '../../src/loader/Neo4jAuthError';
import { Neo4jDatabaseNotFoundError } from '../../src/loader/Neo4jDatabaseNotFoundError';
import { Neo4jQueryError } from '../../src/loader/Neo4jQueryError';
import { Neo4jUnavailableError } from '../../src/loader/Neo4jUnavailableError';
import { toNeo4jError } from '../../src/loader/toNeo4jError';

const target = { uri: 'bolt://127.0.0.1:7687', username: 'neo4j', database: 'news' };
// Errors as the driver builds them: a message and a code.
const driverError = (code: string, message: string) => new Neo4jError(message, code as never, 'N/A', 'N/A');

describe('toNeo4jError', () => {
  it.each([
    ['ServiceUnavailable', Neo4jUnavailableError, 'NG_NEO4J_UNAVAILABLE', /npm run neo4j:start/],
    ['SessionExpired', Neo4jUnavailableError, 'NG_NEO4J_UNAVAILABLE', /NEO4J_URI/],
    ['Neo.ClientError.Security.Unauthorized', Neo4jAuthError, 'NG_NEO4J_UNAUTHORIZED', /check NEO4J_USERNAME and NEO4J_PASSWORD/],
    ['Neo.ClientError.Security.AuthenticationRateLimit', Neo4jAuthError, 'NG_NEO4J_UNAUTHORIZED', /refused user "neo4j"/],
    ['Neo.ClientError.Database.DatabaseNotFound', Neo4jDatabaseNotFoundError, 'NG_NEO4J_DATABASE_NOT_FOUND', /no database "news".*check NEO4J_DATABASE/],
    ['Neo.ClientError.Statement.SyntaxError', Neo4jQueryError, 'NG_NEO4J_FAILED', /failed with Neo\.ClientError\.Statement\.SyntaxError/],
  ])('maps %s to %p with code %s and a message that names what to check', (code, type, newsgraphCode, message) => {
    const error = toNeo4jError(driverError(code, 'server said no\nsecond line'), target);
    expect(error).toBeInstanceOf(type);
    expect(error.code).toBe(newsgraphCode);
    expect(error.message).toMatch(message);
    expect(error.message).toContain('(server said no)');
    expect(error.message).toContain('bolt://127.0.0.1:7687');
  });

  it('keeps the original error as the cause', () => {
    const original = driverError('ServiceUnavailable', 'connection refused');
    expect(toNeo4jError(original, target).cause).toBe(original);
  });

  it('passes a NewsgraphError through unchanged', () => {
    const own = new NewsgraphError('NG_SOMETHING', 'already explained');
    expect(toNeo4jError(own, target)).toBe(own);
  });

  it('wraps a value that is not an error', () => {
    expect(toNeo4jError('boom', target).message).toMatch(/failed with unknown \(boom\)/);
  });
});
