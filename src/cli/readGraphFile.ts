import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { GraphFileError } from './GraphFileError';

/** Reads and parses a graph.json (validated later, by the loader); `file` is shown as the user gave it. */
export async function readGraphFile(file: string, cwd: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const reason = (error as { code?: string }).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
    throw new GraphFileError(file, `cannot be read (${reason})`, { cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new GraphFileError(file, `is not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}
