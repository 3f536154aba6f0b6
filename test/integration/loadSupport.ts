// Shared by the loader's integration tests: the server globalSetup provisioned, the statements, and a canonical
// dump of one namespace of ids (or of any set of ids), so a test can compare whole database states.
import type { DocumentExtraction } from '../../src/pipeline/DocumentExtractionSchema';
import { buildGraph } from '../../src/graph/buildGraph';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { readLoadStatements } from '../../src/cli/readCypherFile';
import { findStatement } from '../../src/loader/parseCypherFile';
import type { LoadStatements } from '../../src/loader/parseCypherFile';
import { Neo4jClient } from '../../src/loader/Neo4jClient';
import { resolveNeo4jConnection } from '../../src/loader/Neo4jConnection';

/** The parsed schema, load and maintenance files. */
export const STATEMENTS: LoadStatements = readLoadStatements();

/** The connection globalSetup exported (or NEO4J_* given by the caller). */
export const CONNECTION = resolveNeo4jConnection({}, process.env);

/** Opens a client on the test server. */
export function connect(): Promise<Neo4jClient> {
  return Neo4jClient.connect(CONNECTION);
}

/** The graph.json newsgraph would write for these extractions. */
export function graphOf(extractions: readonly DocumentExtraction[]): SerializedGraph {
  return buildGraph(extractions).export() as SerializedGraph;
}

/** Matches every id of a namespace: `person:<ns>-...` entities and `<ns>/...` documents. */
export function namespacePattern(ns: string): string {
  return `^(person|country|organization|location):${ns}-.*|^${ns}/.*`;
}

/** Matches exactly the given ids (entities or documents), e.g. the real ids of the seed articles. */
export function exactIdsPattern(ids: Iterable<string>): string {
  const escaped = [...new Set(ids)].sort().map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `^(${escaped.join('|')})$`;
}

/** Removes the nodes whose id matches a regular expression, and their relationships. */
export async function clearMatching(client: Neo4jClient, idPattern: string): Promise<void> {
  const statement = findStatement(STATEMENTS.maintenance, 'deleteMatching', 'maintenance.cypher');
  await client.run(statement.text, { idPattern });
}

/** Removes a namespace's nodes and their relationships. */
export function clearNamespace(client: Neo4jClient, ns: string): Promise<void> {
  return clearMatching(client, namespacePattern(ns));
}

/** A node as dumped: its id, sorted labels and properties (keys sorted). */
export interface DumpedNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

/** A relationship as dumped: its endpoints' ids, its type and properties (keys sorted). */
export interface DumpedRelationship {
  source: string;
  type: string;
  target: string;
  properties: Record<string, unknown>;
}

/** Every node and relationship of a namespace, with labels and properties, in a canonical order. */
export function dumpNamespace(client: Neo4jClient, ns: string): Promise<{ nodes: DumpedNode[]; relationships: DumpedRelationship[] }> {
  return dumpMatching(client, namespacePattern(ns));
}

/** Every node whose id matches a regular expression and every relationship touching one, in a canonical order. */
export async function dumpMatching(client: Neo4jClient, idPattern: string): Promise<{ nodes: DumpedNode[]; relationships: DumpedRelationship[] }> {
  const nodes = await client.read(findStatement(STATEMENTS.maintenance, 'dumpNodes', 'maintenance.cypher').text, { idPattern });
  const relationships = await client.read(findStatement(STATEMENTS.maintenance, 'dumpRelationships', 'maintenance.cypher').text, {
    idPattern,
  });
  return {
    nodes: nodes.map((node) => ({ id: String(node.id), labels: [...(node.labels as string[])].sort(), properties: sortKeys(node.properties) })),
    relationships: relationships.map((relationship) => ({
      source: String(relationship.source),
      type: String(relationship.type),
      target: String(relationship.target),
      properties: sortKeys(relationship.properties),
    })),
  };
}

function sortKeys(value: unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)));
}
