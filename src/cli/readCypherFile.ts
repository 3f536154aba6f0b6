import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CypherStatement, cypherFileError, type LoadStatements, parseCypherFile } from '../loader/parseCypherFile';

// Same place from src/cli (ts-jest) and dist/cli (built): the package's own cypher/ folder.
const CYPHER_FOLDER = join(__dirname, '..', '..', 'cypher');

/** Reads and parses one of newsgraph's own `cypher/*.cypher` files, e.g. `load.cypher`. */
export function readCypherFile(name: string): CypherStatement[] {
  let text: string;
  try {
    text = readFileSync(join(CYPHER_FOLDER, name), 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw cypherFileError(`cypher/${name}`, `cannot be read (${reason})`, 'reinstall newsgraph, or restore the file from git');
  }
  return parseCypherFile(text, `cypher/${name}`);
}

/** The files the loader runs: cypher/schema.cypher, load.cypher, unload.cypher and maintenance.cypher. */
export function readLoadStatements(): LoadStatements {
  return {
    schema: readCypherFile('schema.cypher'),
    load: readCypherFile('load.cypher'),
    unload: readCypherFile('unload.cypher'),
    maintenance: readCypherFile('maintenance.cypher'),
  };
}
