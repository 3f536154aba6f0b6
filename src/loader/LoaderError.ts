import { NewsgraphError } from '../errors/NewsgraphError';

/** Every code the loader's errors carry; the README's troubleshooting table lists each with what to check. */
export type LoaderErrorCode =
  /** No Neo4j server answers at the URI (down, wrong host or port, TLS scheme mismatch). */
  | 'NG_NEO4J_UNAVAILABLE'
  /** The server refused the user name or password. */
  | 'NG_NEO4J_UNAUTHORIZED'
  /** The database named by NEO4J_DATABASE / --database does not exist on the server. */
  | 'NG_NEO4J_DATABASE_NOT_FOUND'
  /** The server is older than Neo4j 5, whose Cypher the loader and the queries use. */
  | 'NG_NEO4J_TOO_OLD'
  /** Neo4j rejected a statement for another reason; the message carries the server's code. */
  | 'NG_NEO4J_FAILED'
  /** A `cypher/*.cypher` file breaks the file convention, lacks a statement newsgraph needs, or a template is misused. */
  | 'NG_CYPHER_INVALID'
  /** The graph to load is not a newsgraph graph, or contradicts itself (an edge whose endpoint is not a node). */
  | 'NG_LOAD_INPUT_INVALID'
  /** A load option (connection, batch size, documents to unload) is invalid. */
  | 'NG_LOAD_OPTIONS_INVALID';

/** An error of the loader: its code, and a message that says what went wrong and, after `Fix:`, what to do. */
export class LoaderError extends NewsgraphError {
  declare readonly code: LoaderErrorCode;
  /** For NG_NEO4J_FAILED, the server's or the driver's code, e.g. `Neo.ClientError.Statement.SyntaxError`. */
  readonly neo4jCode?: string;

  constructor(code: LoaderErrorCode, problem: string, fix: string, options?: { cause?: unknown; neo4jCode?: string }) {
    super(code, `${problem}. Fix: ${fix}`, options);
    if (options?.neo4jCode !== undefined) this.neo4jCode = options.neo4jCode;
  }
}

/** Where a load goes, as error messages name it (never the password). */
export interface Neo4jTarget {
  uri: string;
  username: string;
  database: string;
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const UNAUTHORIZED = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);

/** Maps a driver or server error to the LoaderError that says what to check; newsgraph's own errors pass through. */
export function toLoaderError(error: unknown, target: Neo4jTarget): NewsgraphError {
  if (error instanceof NewsgraphError) return error;
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'unknown';
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  const cause = { cause: error };
  if (UNAVAILABLE.has(code)) {
    return new LoaderError(
      'NG_NEO4J_UNAVAILABLE',
      `cannot reach Neo4j at ${target.uri} (${reason})`,
      'start the local server with `npm run neo4j:start` (check it with `npm run neo4j:status`), or point NEO4J_URI / ' +
        '--uri at a running server (bolt:// or neo4j:// for a plain server, neo4j+s:// for Aura)',
      cause,
    );
  }
  if (UNAUTHORIZED.has(code)) {
    return new LoaderError(
      'NG_NEO4J_UNAUTHORIZED',
      `Neo4j at ${target.uri} refused user ${JSON.stringify(target.username)} (${reason})`,
      'check NEO4J_USERNAME and NEO4J_PASSWORD (or --username / --password); the server `npm run neo4j:start` ' +
        'provisions uses neo4j / newsgraph',
      cause,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new LoaderError(
      'NG_NEO4J_DATABASE_NOT_FOUND',
      `Neo4j at ${target.uri} has no database ${JSON.stringify(target.database)} (${reason})`,
      'check NEO4J_DATABASE (or --database); `SHOW DATABASES` lists them, and Community Edition has one user database, `neo4j`',
      cause,
    );
  }
  return new LoaderError(
    'NG_NEO4J_FAILED',
    `Neo4j at ${target.uri} (database ${JSON.stringify(target.database)}) failed with ${code} (${reason})`,
    'check the server log and that the user may write; if cypher/*.cypher was edited, restore it',
    { ...cause, neo4jCode: code },
  );
}
