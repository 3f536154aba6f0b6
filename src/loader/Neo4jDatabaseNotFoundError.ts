import { NewsgraphError } from '../errors/NewsgraphError';
import type { Neo4jTarget } from './Neo4jTarget';

/** The database named by NEO4J_DATABASE / --database does not exist on the server. */
export class Neo4jDatabaseNotFoundError extends NewsgraphError {
  constructor(target: Neo4jTarget, reason: string, options?: { cause?: unknown }) {
    super(
      'NG_NEO4J_DATABASE_NOT_FOUND',
      `Neo4j at ${target.uri} has no database ${JSON.stringify(target.database)} (${reason}). Fix: check NEO4J_DATABASE ` +
        '(or --database); `SHOW DATABASES` lists them, and Community Edition has one user database, `neo4j`',
      options,
    );
  }
}
