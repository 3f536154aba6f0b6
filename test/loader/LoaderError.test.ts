import { Neo4jError } from 'neo4j-driver';
import { NewsgraphError } from '../../src/errors/NewsgraphError';
import { LoaderError, toLoaderError } from '../../src/loader/LoaderError';

const target = { uri: 'bolt://127.0.0.1:7687', username: 'neo4j', database: 'news' };
// Errors as the driver builds them: a message and a code.
const driverError = (code: string, message: string) => new Neo4jError(message, code as never, 'N/A', 'N/A');

describe('LoaderError', () => {
  it('puts the problem first and the fix after "Fix:", and keeps the server code apart', () => {
    const error = new LoaderError('NG_NEO4J_FAILED', 'it broke', 'mend it', { neo4jCode: 'Neo.ClientError.X' });
    expect([error.code, error.message, error.neo4jCode, error.name]).toEqual(['NG_NEO4J_FAILED', 'it broke. Fix: mend it', 'Neo.ClientError.X', 'LoaderError']);
  });
});

describe('toLoaderError', () => {
  it.each([
    ['ServiceUnavailable', 'NG_NEO4J_UNAVAILABLE', /npm run neo4j:start/],
    ['SessionExpired', 'NG_NEO4J_UNAVAILABLE', /NEO4J_URI/],
    ['Neo.ClientError.Security.Unauthorized', 'NG_NEO4J_UNAUTHORIZED', /check NEO4J_USERNAME and NEO4J_PASSWORD/],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'NG_NEO4J_UNAUTHORIZED', /refused user "neo4j"/],
    ['Neo.ClientError.Database.DatabaseNotFound', 'NG_NEO4J_DATABASE_NOT_FOUND', /no database "news".*check NEO4J_DATABASE/],
    ['Neo.ClientError.Statement.SyntaxError', 'NG_NEO4J_FAILED', /failed with Neo\.ClientError\.Statement\.SyntaxError/],
  ])('maps %s to a LoaderError with code %s and a message that names what to check', (code, newsgraphCode, message) => {
    const error = toLoaderError(driverError(code, 'server said no\nsecond line'), target);
    expect(error).toBeInstanceOf(LoaderError);
    expect(error.message).toMatch(/\. Fix: /);
    expect(error.code).toBe(newsgraphCode);
    expect(error.message).toMatch(message);
    expect(error.message).toContain('(server said no)');
    expect(error.message).toContain('bolt://127.0.0.1:7687');
  });

  it('keeps the server code of a failure it does not know', () => {
    expect((toLoaderError(driverError('Neo.ClientError.Statement.SyntaxError', 'bad'), target) as LoaderError).neo4jCode).toBe(
      'Neo.ClientError.Statement.SyntaxError',
    );
  });

  it('keeps the original error as the cause', () => {
    const original = driverError('ServiceUnavailable', 'connection refused');
    expect(toLoaderError(original, target).cause).toBe(original);
  });

  it('passes a NewsgraphError through unchanged', () => {
    const own = new NewsgraphError('NG_SOMETHING', 'already explained');
    expect(toLoaderError(own, target)).toBe(own);
  });

  it('wraps a value that is not an error', () => {
    expect(toLoaderError('boom', target).message).toMatch(/failed with unknown \(boom\)/);
  });
});
