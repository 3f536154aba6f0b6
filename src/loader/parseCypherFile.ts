import { LoaderError } from './LoaderError';

/** One named statement of a `cypher/*.cypher` file, with the comment that describes it. */
export interface CypherStatement {
  /** The name from its `// name:` line, e.g. `whoCriticizedWhom`. */
  name: string;
  /** The `//` lines under the name, without their `//` and without the `params:` line. */
  description: string;
  /** The parameters its `// params:` line names, without `$`, in order of first appearance. */
  parameters: string[];
  /** The Cypher text, without the header comment and the final `;`. */
  text: string;
}

/** The parsed files the loader runs: cypher/schema.cypher, load.cypher, unload.cypher and maintenance.cypher. */
export interface LoadStatements {
  schema: CypherStatement[];
  load: CypherStatement[];
  unload: CypherStatement[];
  maintenance: CypherStatement[];
}

/** A NG_CYPHER_INVALID error about one of newsgraph's own `cypher/*.cypher` files. */
export function cypherFileError(file: string, problem: string, fix: string): LoaderError {
  return new LoaderError('NG_CYPHER_INVALID', `${file}: ${problem}`, fix);
}

const NAME_LINE = /^\/\/\s*name:\s*(\S*)\s*$/;
const PARAMS_LINE = /^\/\/\s*params:(.*)$/;
const FIX = 'open every statement with `// name: someName`, describe it in `//` lines, list `// params: $a, $b` (or none), end it with `;`';

/**
 * Splits a `cypher/*.cypher` file into its named statements. Convention: `// name: <name>` opens a statement, the `//`
 * lines right after it describe it (`// params: $a, $b` names its parameters), and the statement ends with a line
 * ending in `;`. Comment lines between statements are ignored; comments inside a statement stay in its text.
 */
export function parseCypherFile(text: string, file: string): CypherStatement[] {
  const statements: CypherStatement[] = [];
  let current: { name: string; line: number; header: string[]; parameters: string[]; body: string[] } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const name = NAME_LINE.exec(line);
    if (name) {
      if (current) throw cypherFileError(file, `statement ${current.name} (line ${current.line}) has no final \`;\``, FIX);
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name[1] ?? '')) {
        throw cypherFileError(file, `line ${index + 1} names a statement ${JSON.stringify(name[1])}`, 'use a camelCase name');
      }
      current = { name: name[1] ?? '', line: index + 1, header: [], parameters: [], body: [] };
      return;
    }
    if (!current) {
      if (line !== '' && !line.startsWith('//')) {
        throw cypherFileError(file, `line ${index + 1} is Cypher outside a named statement`, FIX);
      }
      return;
    }
    if (current.body.length === 0 && line.startsWith('//')) {
      const params = PARAMS_LINE.exec(line);
      if (params) current.parameters.push(...parameterNames(params[1] ?? ''));
      else current.header.push(line.replace(/^\/\/\s?/, ''));
      return;
    }
    if (current.body.length === 0 && line === '') return;
    current.body.push(raw.trimEnd());
    if (line.endsWith(';') && !line.startsWith('//')) {
      const body = current.body.join('\n').replace(/;\s*$/, '').trim();
      if (statements.some((statement) => statement.name === current?.name)) {
        throw cypherFileError(file, `statement ${current.name} is defined twice (line ${current.line})`, 'rename one of them');
      }
      statements.push({ name: current.name, description: current.header.join('\n').trim(), parameters: current.parameters, text: body });
      current = undefined;
    }
  });
  if (current) throw cypherFileError(file, `statement ${current.name} (line ${current.line}) has no final \`;\``, FIX);
  return statements;
}

// `$a, $b — what they mean` names a and b; words without `$` are explanation.
function parameterNames(list: string): string[] {
  return [...new Set([...list.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1] ?? ''))];
}

/** The statement called `name` among those parsed from `file`; a NG_CYPHER_INVALID error when it is missing. */
export function findStatement(statements: readonly CypherStatement[], name: string, file: string): CypherStatement {
  const statement = statements.find((candidate) => candidate.name === name);
  if (!statement) {
    const known = statements.map((candidate) => candidate.name).join(', ') || 'none';
    throw cypherFileError(file, `has no statement named ${name} (it has: ${known})`, `restore the \`// name: ${name}\` statement`);
  }
  return statement;
}
