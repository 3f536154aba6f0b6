import type { WriteCounters } from './WriteCountersSchema';

/** What the loader needs from a database session (implemented for Neo4j by `Neo4jClient`). */
export interface CypherRunner {
  /** Runs a read query in a managed, retried read transaction and returns its records as plain objects. */
  read(cypher: string, parameters?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  /** Runs a write in a managed, retried write transaction and returns what it created. */
  write(cypher: string, parameters?: Record<string, unknown>): Promise<WriteCounters>;
  /** Runs a statement in its own auto-commit transaction (schema changes, `CALL ... IN TRANSACTIONS`). */
  run(cypher: string, parameters?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
}
