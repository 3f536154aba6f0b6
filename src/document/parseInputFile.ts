import { InputError } from './InputError';
import type { ParsedInput } from './ParsedInput';
import { decodeArticle } from './decodeArticle';
import { parseArticle } from './parseArticle';
import { parseJsonl } from './parseJsonl';

/** Reads the bytes of one input file, as one article or as JSON Lines; a bad file becomes a problem, never an exception. */
export function parseInputFile(input: { id: string; source: string; bytes: Uint8Array; kind: 'article' | 'jsonl' }): ParsedInput {
  const { id, source, bytes, kind } = input;
  if (kind === 'jsonl') return parseJsonl(bytes, source);
  try {
    const { text, warnings } = decodeArticle(bytes, source);
    return { documents: [parseArticle({ id, source, raw: text })], problems: [], warnings };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { documents: [], problems: [error], warnings: [] };
  }
}
