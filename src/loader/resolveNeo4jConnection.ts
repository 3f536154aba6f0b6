import { LoadOptionsError } from './LoadOptionsError';
import { type Neo4jConnection, Neo4jConnectionSchema } from './Neo4jConnectionSchema';

/** The connection of the server `npm run neo4j:start` provisions. */
export const DEFAULT_NEO4J_CONNECTION: Neo4jConnection = {
  uri: 'bolt://127.0.0.1:7687',
  username: 'neo4j',
  password: 'newsgraph',
  database: 'neo4j',
};

const ENV = { uri: 'NEO4J_URI', username: 'NEO4J_USERNAME', password: 'NEO4J_PASSWORD', database: 'NEO4J_DATABASE' } as const;

/**
 * The connection to use: each field from its flag, else its environment variable (NEO4J_URI, NEO4J_USERNAME,
 * NEO4J_PASSWORD, NEO4J_DATABASE; empty counts as unset), else the local server's default. Invalid values are a
 * `LoadOptionsError` naming the flag and the variable.
 */
export function resolveNeo4jConnection(
  flags: Partial<Neo4jConnection>,
  env: Readonly<Record<string, string | undefined>>,
): Neo4jConnection {
  const pick = (field: keyof Neo4jConnection): string => {
    const fromEnv = env[ENV[field]];
    return flags[field] ?? (fromEnv !== undefined && fromEnv !== '' ? fromEnv : DEFAULT_NEO4J_CONNECTION[field]);
  };
  const result = Neo4jConnectionSchema.safeParse({
    uri: pick('uri'),
    username: pick('username'),
    password: pick('password'),
    database: pick('database'),
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = (issue?.path[0] ?? 'uri') as keyof Neo4jConnection;
    throw new LoadOptionsError(`invalid Neo4j ${field}: ${issue?.message ?? 'invalid'}`, `check --${field} or ${ENV[field]}`);
  }
  return result.data;
}
