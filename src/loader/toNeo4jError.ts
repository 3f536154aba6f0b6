import { NewsgraphError } from '../errors/NewsgraphError';
import { Neo4jAuthError } from './Neo4jAuthError';
import { Neo4jDatabaseNotFoundError } from './Neo4jDatabaseNotFoundError';
import { Neo4jQueryError } from './Neo4jQueryError';
import type { Neo4jTarget } from './Neo4jTarget';
import { Neo4jUnavailableError } from './Neo4jUnavailableError';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const UNAUTHORIZED = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);

/** Maps a driver or server error to the NewsgraphError that says what to check; newsgraph's own errors pass through. */
export function toNeo4jError(error: unknown, target: Neo4jTarget): NewsgraphError {
  if (error instanceof NewsgraphError) return error;
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'unknown';
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  const options = { cause: error };
  if (UNAVAILABLE.has(code)) return new Neo4jUnavailableError(target, reason, options);
  if (UNAUTHORIZED.has(code)) return new Neo4jAuthError(target, reason, options);
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return new Neo4jDatabaseNotFoundError(target, reason, options);
  return new Neo4jQueryError(target, code, reason, options);
}
