import { CypherFileError } from './CypherFileError';
import type { CypherStatement } from './CypherStatementSchema';

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
      if (current) throw new CypherFileError(file, `statement ${current.name} (line ${current.line}) has no final \`;\``, FIX);
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name[1] ?? '')) {
        throw new CypherFileError(file, `line ${index + 1} names a statement ${JSON.stringify(name[1])}`, 'use a camelCase name');
      }
      current = { name: name[1] ?? '', line: index + 1, header: [], parameters: [], body: [] };
      return;
    }
    if (!current) {
      if (line !== '' && !line.startsWith('//')) {
        throw new CypherFileError(file, `line ${index + 1} is Cypher outside a named statement`, FIX);
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
        throw new CypherFileError(file, `statement ${current.name} is defined twice (line ${current.line})`, 'rename one of them');
      }
      statements.push({ name: current.name, description: current.header.join('\n').trim(), parameters: current.parameters, text: body });
      current = undefined;
    }
  });
  if (current) throw new CypherFileError(file, `statement ${current.name} (line ${current.line}) has no final \`;\``, FIX);
  return statements;
}

// `$a, $b — what they mean` names a and b; words without `$` are explanation.
function parameterNames(list: string): string[] {
  return [...new Set([...list.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1] ?? ''))];
}
