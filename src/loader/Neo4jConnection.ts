import { z } from 'zod';
import { LoaderError } from './LoaderError';

/** Where and as whom to connect: `neo4j://` routes through a cluster, `neo4j+s://` and `bolt+s://` give TLS (Aura). */
export const Neo4jConnectionSchema = z.object({
  uri: z
    .string()
    .trim()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/, 'use a URI such as bolt://127.0.0.1:7687, neo4j://host:7687 or neo4j+s://xxxx.databases.neo4j.io'),
  username: z.string().min(1, 'give a user name'),
  password: z.string(),
  database: z.string().trim().min(1, 'give a database name, e.g. neo4j'),
});

/** A validated Neo4j connection. */
export type Neo4jConnection = z.infer<typeof Neo4jConnectionSchema>;

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
 * NEO4J_PASSWORD, NEO4J_DATABASE; empty counts as unset), else the local server's default. An invalid value is a
 * NG_LOAD_OPTIONS_INVALID `LoaderError` that quotes it (never the password) and names the flag and the variable.
 */
export function resolveNeo4jConnection(
  flags: Partial<Neo4jConnection>,
  env: Readonly<Record<string, string | undefined>>,
): Neo4jConnection {
  const pick = (field: keyof Neo4jConnection): string => {
    const fromEnv = env[ENV[field]];
    return flags[field] ?? (fromEnv !== undefined && fromEnv !== '' ? fromEnv : DEFAULT_NEO4J_CONNECTION[field]);
  };
  const given = { uri: pick('uri'), username: pick('username'), password: pick('password'), database: pick('database') };
  const result = Neo4jConnectionSchema.safeParse(given);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = (issue?.path[0] ?? 'uri') as keyof Neo4jConnection;
    const value = field === 'password' ? '' : ` ${JSON.stringify(given[field])}`;
    const from = flags[field] !== undefined ? `--${field}` : ENV[field];
    throw new LoaderError(
      'NG_LOAD_OPTIONS_INVALID',
      `invalid Neo4j ${field}${value} (from ${from}): ${issue?.message ?? 'invalid'}`,
      `check --${field} or ${ENV[field]}`,
    );
  }
  return result.data;
}
