import { NewsgraphError } from '../errors/NewsgraphError';
import type { Neo4jTarget } from './Neo4jTarget';

/** Neo4j rejected a statement for another reason; the message carries the server's code. */
export class Neo4jQueryError extends NewsgraphError {
  /** The server's or the driver's error code, e.g. `Neo.ClientError.Statement.SyntaxError`. */
  readonly neo4jCode: string;

  constructor(target: Neo4jTarget, neo4jCode: string, reason: string, options?: { cause?: unknown }) {
    super(
      'NG_NEO4J_FAILED',
      `Neo4j at ${target.uri} (database ${JSON.stringify(target.database)}) failed with ${neo4jCode} (${reason}). ` +
        'Fix: check the server log and that the user may write; if cypher/*.cypher was edited, restore it',
      options,
    );
    this.neo4jCode = neo4jCode;
  }
}
