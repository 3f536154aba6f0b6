/**
 * Jest global setup for the integration project: use NEO4J_URI when it is set, otherwise start (or reuse)
 * the project's local Neo4j server and point NEO4J_* at it. A missing Java or Maven fails the run with a
 * message naming the prerequisite; integration tests never skip.
 */
import { LOCAL_NEO4J, startNeo4j } from '../../scripts/neo4j.mjs';

/** Starts or reuses a Neo4j server and exports its connection in process.env for the tests. */
export default async function globalSetup() {
  const log = (message) => process.stderr.write(`[neo4j] ${message}\n`);
  if (process.env.NEO4J_URI) {
    process.env.NEO4J_USERNAME ??= LOCAL_NEO4J.username;
    process.env.NEO4J_PASSWORD ??= LOCAL_NEO4J.password;
    process.env.NEO4J_DATABASE ??= LOCAL_NEO4J.database;
    log(`\nusing NEO4J_URI=${process.env.NEO4J_URI} (user ${process.env.NEO4J_USERNAME}, database ${process.env.NEO4J_DATABASE})`);
    return;
  }
  process.stderr.write('\n');
  const { started } = await startNeo4j({ log });
  // Read by globalTeardown (same process): stop only a server this run started.
  globalThis.__NEWSGRAPH_NEO4J_STARTED__ = started;
  // The local server's credentials win over stray NEO4J_* values meant for another server.
  process.env.NEO4J_URI = LOCAL_NEO4J.uri;
  process.env.NEO4J_USERNAME = LOCAL_NEO4J.username;
  process.env.NEO4J_PASSWORD = LOCAL_NEO4J.password;
  process.env.NEO4J_DATABASE = LOCAL_NEO4J.database;
}
