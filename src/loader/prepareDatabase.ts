import { LoaderError } from './LoaderError';
import type { CypherRunner } from './Neo4jClient';
import { findStatement, type LoadStatements } from './parseCypherFile';

/**
 * Gets a database ready for a load: refuses a server older than Neo4j 5 (NG_NEO4J_TOO_OLD), applies
 * cypher/schema.cypher (every statement is `IF NOT EXISTS`, so this is idempotent), and waits until the constraints
 * and indexes are online. Returns the server version.
 */
export async function prepareDatabase(runner: CypherRunner, statements: LoadStatements, uri: string): Promise<string> {
  const version = await checkServer(runner, statements, uri);
  // Schema changes cannot share a transaction with each other or with data, hence one auto-commit each.
  for (const statement of statements.schema) await runner.run(statement.text);
  const awaitIndexes = findStatement(statements.maintenance, 'awaitIndexes', 'cypher/maintenance.cypher');
  await runner.run(awaitIndexes.text, { timeoutSeconds: 300 });
  return version;
}

/** Asks the server its version and refuses one older than Neo4j 5 (NG_NEO4J_TOO_OLD); returns the version. */
export async function checkServer(runner: CypherRunner, statements: LoadStatements, uri: string): Promise<string> {
  const serverVersion = findStatement(statements.maintenance, 'serverVersion', 'cypher/maintenance.cypher');
  const [server] = await runner.read(serverVersion.text);
  const version = typeof server?.version === 'string' ? server.version : 'unknown';
  checkServerVersion(version, uri);
  return version;
}

/** Throws NG_NEO4J_TOO_OLD unless the version (`5.26.0`, `2025.01.0`, ...) is Neo4j 5 or later. */
export function checkServerVersion(version: string, uri: string): void {
  const major = Number(/^(\d+)\./.exec(version.trim())?.[1]);
  if (!Number.isFinite(major) || major < 5) {
    throw new LoaderError(
      'NG_NEO4J_TOO_OLD',
      `Neo4j at ${uri} is version ${version}, and newsgraph needs Neo4j 5 or later`,
      'upgrade the server, or use the Neo4j 5.26 server `npm run neo4j:start` provisions (or docker/docker-compose.yml)',
    );
  }
}
