import { NewsgraphError } from '../errors/NewsgraphError';

/** The server is older than Neo4j 5, whose Cypher the loader and the queries use. */
export class Neo4jVersionError extends NewsgraphError {
  constructor(uri: string, version: string) {
    super(
      'NG_NEO4J_TOO_OLD',
      `Neo4j at ${uri} is version ${version}, and newsgraph needs Neo4j 5 or later. Fix: upgrade the server, or use ` +
        'the Neo4j 5.26 server `npm run neo4j:start` provisions (or docker/docker-compose.yml)',
    );
  }
}
