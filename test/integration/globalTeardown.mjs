/** Jest global teardown for the integration project: stops the local Neo4j server only if globalSetup started it. */
import { stopNeo4j } from '../../scripts/neo4j.mjs';

/** Leaves a server that was already running (npm run neo4j:start, NEO4J_URI) alone. */
export default async function globalTeardown() {
  if (globalThis.__NEWSGRAPH_NEO4J_STARTED__ !== true) return;
  await stopNeo4j({ log: (message) => process.stderr.write(`[neo4j] ${message}\n`) });
}
