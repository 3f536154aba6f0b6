import { DuplicateDocumentIdError } from '../document/DuplicateDocumentIdError';
import type { ParsedInput } from '../document/ParsedInput';

/**
 * Keeps the documents whose id no earlier input used, adding their ids to `taken`. An article's id is derived from its
 * path, so on a clash it is renamed to its source path; a JSON Lines id is the user's, so a clash is a problem.
 */
export function claimDocumentIds(parsed: ParsedInput, taken: Set<string>, kind: 'article' | 'jsonl'): ParsedInput {
  const result: ParsedInput = { documents: [], problems: [...parsed.problems], warnings: [...parsed.warnings] };
  for (const document of parsed.documents) {
    let id = document.id;
    if (taken.has(id) && kind === 'article') {
      const path = document.source ?? id;
      id = path;
      for (let n = 2; taken.has(id); n++) id = `${path}#${n}`;
    }
    if (taken.has(id)) {
      result.problems.push(new DuplicateDocumentIdError(document.source ?? id, undefined, id));
      continue;
    }
    taken.add(id);
    result.documents.push({ ...document, id });
  }
  return result;
}
