// The only module that imports neo4j-driver: everything else in the loader is pure and talks to a CypherRunner.
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { type Neo4jTarget, toLoaderError } from './LoaderError';
import type { Neo4jConnection } from './Neo4jConnection';

/** What one write transaction changed, from the server's own counters. */
export interface WriteCounters {
  nodesCreated: number;
  relationshipsCreated: number;
}

/** What the loader needs from a database session (implemented for Neo4j by `Neo4jClient`). */
export interface CypherRunner {
  /** Runs a read query in a managed, retried read transaction and returns its records as plain objects. */
  read(cypher: string, parameters?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  /** Runs a write in a managed, retried write transaction and returns what it created. */
  write(cypher: string, parameters?: Record<string, unknown>): Promise<WriteCounters>;
  /** Runs a statement in its own auto-commit transaction (schema changes, `CALL ... IN TRANSACTIONS`). */
  run(cypher: string, parameters?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
}

/** A connection to one Neo4j database: managed (retried) read and write transactions, plain values in and out. */
export class Neo4jClient implements CypherRunner {
  private readonly bookmarks = neo4j.bookmarkManager();

  private constructor(
    private readonly driver: Driver,
    /** Where it is connected, as error messages name it. */
    readonly target: Neo4jTarget,
  ) {}

  /** Opens a driver and checks the server answers and accepts the credentials; errors name what to check. */
  static async connect(connection: Neo4jConnection): Promise<Neo4jClient> {
    const target = { uri: connection.uri, username: connection.username, database: connection.database };
    let driver: Driver;
    try {
      driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
        disableLosslessIntegers: true,
        userAgent: 'newsgraph',
      });
    } catch (error) {
      throw toLoaderError(error, target);
    }
    try {
      await driver.verifyConnectivity({ database: connection.database });
    } catch (error) {
      await driver.close();
      throw toLoaderError(error, target);
    }
    return new Neo4jClient(driver, target);
  }

  /** Runs a read query in a managed read transaction (retried on transient errors). */
  read(cypher: string, parameters: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    return this.withSession('READ', async (session) => {
      const result = await session.executeRead((tx) => tx.run(cypher, toNeo4jValue(parameters)));
      return result.records.map((record) => fromNeo4jValue(record.toObject()) as Record<string, unknown>);
    });
  }

  /** Runs a write in a managed write transaction (retried on transient errors) and returns what it created. */
  write(cypher: string, parameters: Record<string, unknown> = {}): Promise<WriteCounters> {
    return this.withSession('WRITE', async (session) => {
      const result = await session.executeWrite((tx) => tx.run(cypher, toNeo4jValue(parameters)));
      const updates = result.summary.counters.updates();
      return { nodesCreated: updates.nodesCreated, relationshipsCreated: updates.relationshipsCreated };
    });
  }

  /** Runs one statement in an auto-commit transaction: schema changes and `CALL { ... } IN TRANSACTIONS`. */
  run(cypher: string, parameters: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    return this.withSession('WRITE', async (session) => {
      const result = await session.run(cypher, toNeo4jValue(parameters));
      return result.records.map((record) => fromNeo4jValue(record.toObject()) as Record<string, unknown>);
    });
  }

  /** Closes the driver and its connections. */
  async close(): Promise<void> {
    await this.driver.close();
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.target.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    try {
      return await work(session);
    } catch (error) {
      throw toLoaderError(error, this.target);
    } finally {
      await session.close();
    }
  }
}

// JavaScript numbers would reach Cypher as floats; every number newsgraph sends (offsets, counts) is an integer.
// Plain loops: a load converts every value of every batch, and this was twice as slow with Object.entries.
function toNeo4jValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items: unknown[] = new Array(value.length);
    for (let index = 0; index < value.length; index += 1) items[index] = toNeo4jValue(value[index]);
    return items;
  }
  const record: Record<string, unknown> = {};
  for (const key of Object.keys(value)) record[key] = toNeo4jValue((value as Record<string, unknown>)[key]);
  return record;
}

// Callers get plain data, never driver classes: nodes, relationships and paths become objects, temporals strings.
function fromNeo4jValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isNode(value)) return { labels: [...value.labels], properties: fromNeo4jValue(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, properties: fromNeo4jValue(value.properties) };
  if (neo4j.isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(fromNeo4jValue),
      relationships: value.segments.map((segment) => fromNeo4jValue(segment.relationship)),
    };
  }
  if (Array.isArray(value)) return value.map(fromNeo4jValue);
  if (value !== null && typeof value === 'object') {
    if (isTemporal(value)) return value.toString();
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fromNeo4jValue(item)]));
  }
  return value;
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  );
}
