import { CypherFileError } from './CypherFileError';
import type { CypherStatement } from './CypherStatementSchema';

/** The statement called `name` among those parsed from `file`; a `CypherFileError` when it is missing. */
export function findStatement(statements: readonly CypherStatement[], name: string, file: string): CypherStatement {
  const statement = statements.find((candidate) => candidate.name === name);
  if (!statement) {
    const known = statements.map((candidate) => candidate.name).join(', ') || 'none';
    throw new CypherFileError(file, `has no statement named ${name} (it has: ${known})`, `restore the \`// name: ${name}\` statement`);
  }
  return statement;
}
