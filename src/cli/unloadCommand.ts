import { Neo4jClient } from '../loader/Neo4jClient';
import { resolveNeo4jConnection } from '../loader/Neo4jConnection';
import { checkServer } from '../loader/prepareDatabase';
import { unloadDocuments } from '../loader/unloadDocuments';
import type { CliIo } from './CliIo';
import { parseOptions } from './parseOptions';
import { readLoadStatements } from './readCypherFile';
import { UnloadOptionsSchema } from './UnloadOptionsSchema';

const HELP = `Usage: newsgraph unload --doc <id> [--doc <id>...] [options]
       newsgraph unload --all [options]

Removes documents from Neo4j with what newsgraph loaded for them: their evidence (a relation's weight stays its
number of evidence items, and a relation left without any is deleted), their MENTIONED_IN links (an entity left
without mentions or relations is deleted), then the documents. --all removes every :Entity and :Document node.
Running it twice changes nothing the second time; an interrupted run, run again, ends as one clean run.

Options:
      --doc <id>         a document id as loaded (e.g. seeds/000.txt); repeat for more
      --all              remove everything newsgraph loaded
      --uri <uri>        Neo4j URI (env NEO4J_URI; default bolt://127.0.0.1:7687; neo4j+s://... for Aura)
  -u, --username <name>  user (env NEO4J_USERNAME; default neo4j)
  -p, --password <pw>    password (env NEO4J_PASSWORD; default newsgraph, the local server's)
  -d, --database <name>  database (env NEO4J_DATABASE; default neo4j)
  -h, --help             show this help

Exit status: 0 when done (also when there was nothing to remove), 1 on any error.
`;

const FLAGS = {
  doc: { type: 'string', multiple: true },
  all: { type: 'boolean' },
  uri: { type: 'string' },
  username: { type: 'string', short: 'u' },
  password: { type: 'string', short: 'p' },
  database: { type: 'string', short: 'd' },
} as const;

/** `newsgraph unload --doc <id>... | --all`: removes documents and what was loaded for them; prints what went. */
export async function unloadCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions('unload', args, FLAGS, UnloadOptionsSchema);
  if (parsed.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const { doc, all, uri, username, password, database } = parsed.options;
  const connection = resolveNeo4jConnection({ uri, username, password, database }, io.env);
  const statements = readLoadStatements();
  const client = await Neo4jClient.connect(connection);
  try {
    await checkServer(client, statements, connection.uri);
    const removed = await unloadDocuments(client, statements.unload, all === true ? 'all' : [...new Set(doc)]);
    const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
    io.stdout.write(
      `Unloaded from ${connection.uri} (database ${connection.database}): ${plural(removed.documents, 'document')}, ` +
        `${removed.entities} ${removed.entities === 1 ? 'entity' : 'entities'} and ${plural(removed.relationships, 'relationship')} removed\n`,
    );
    return 0;
  } finally {
    await client.close();
  }
}
