import { checkServerVersion } from './checkServerVersion';
import type { CypherRunner } from './CypherRunner';
import { findStatement } from './findStatement';
import type { LoadStatements } from './LoadStatements';

/**
 * Gets a database ready for a load: refuses a server older than Neo4j 5 (`Neo4jVersionError`), applies
 * cypher/schema.cypher (every statement is `IF NOT EXISTS`, so this is idempotent), and waits until the constraints
 * and indexes are online. Returns the server version.
 */
export async function prepareDatabase(runner: CypherRunner, statements: LoadStatements, uri: string): Promise<string> {
  const serverVersion = findStatement(statements.maintenance, 'serverVersion', 'cypher/maintenance.cypher');
  const awaitIndexes = findStatement(statements.maintenance, 'awaitIndexes', 'cypher/maintenance.cypher');
  const [server] = await runner.read(serverVersion.text);
  const version = typeof server?.version === 'string' ? server.version : 'unknown';
  checkServerVersion(version, uri);
  // Schema changes cannot share a transaction with each other or with data, hence one auto-commit each.
  for (const statement of statements.schema) await runner.run(statement.text);
  await runner.run(awaitIndexes.text, { timeoutSeconds: 300 });
  return version;
}
