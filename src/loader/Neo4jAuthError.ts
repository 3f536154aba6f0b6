import { NewsgraphError } from '../errors/NewsgraphError';
import type { Neo4jTarget } from './Neo4jTarget';

/** The server refused the user name or password. */
export class Neo4jAuthError extends NewsgraphError {
  constructor(target: Neo4jTarget, reason: string, options?: { cause?: unknown }) {
    super(
      'NG_NEO4J_UNAUTHORIZED',
      `Neo4j at ${target.uri} refused user ${JSON.stringify(target.username)} (${reason}). Fix: check NEO4J_USERNAME and ` +
        'NEO4J_PASSWORD (or --username / --password); the server `npm run neo4j:start` provisions uses neo4j / newsgraph',
      options,
    );
  }
}
