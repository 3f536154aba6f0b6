import { NewsgraphError } from '../errors/NewsgraphError';
import type { Neo4jTarget } from './Neo4jTarget';

/** No Neo4j server answers at the URI (down, wrong host or port, TLS scheme mismatch). */
export class Neo4jUnavailableError extends NewsgraphError {
  constructor(target: Neo4jTarget, reason: string, options?: { cause?: unknown }) {
    super(
      'NG_NEO4J_UNAVAILABLE',
      `cannot reach Neo4j at ${target.uri} (${reason}). Fix: start the local server with \`npm run neo4j:start\` ` +
        '(check it with `npm run neo4j:status`), or point NEO4J_URI / --uri at a running server ' +
        '(bolt:// or neo4j:// for a plain server, neo4j+s:// for Aura)',
      options,
    );
  }
}
