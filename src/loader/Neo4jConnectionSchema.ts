import { z } from 'zod';

/** Where and as whom to connect: `neo4j+s://` and `bolt+s://` give TLS (Aura, clusters). */
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
