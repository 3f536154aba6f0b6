import type { CypherStatement } from './CypherStatementSchema';

/** The parsed files the loader runs: cypher/schema.cypher, cypher/load.cypher, cypher/maintenance.cypher. */
export interface LoadStatements {
  schema: CypherStatement[];
  load: CypherStatement[];
  maintenance: CypherStatement[];
}
