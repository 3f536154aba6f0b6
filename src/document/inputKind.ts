import { extname } from 'node:path';

/** File extensions newsgraph reads: articles (plain text, Markdown) and JSON Lines. */
export const SUPPORTED_EXTENSIONS: readonly string[] = ['.txt', '.text', '.md', '.markdown', '.jsonl', '.ndjson'];

/** How to read a file, from its name: as one article, as JSON Lines, or not at all (`undefined`). */
export function inputKind(fileName: string): 'article' | 'jsonl' | undefined {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  return SUPPORTED_EXTENSIONS.includes(extension) ? 'article' : undefined;
}
