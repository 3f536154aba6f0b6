import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { lexiconFromRuleFile } from '../relations/lexiconFromRuleFile';
import type { RelationLexicon } from '../relations/RelationLexicon';
import { RuleFileError } from '../relations/RuleFileError';
import type { CliIo } from './CliIo';

/** A `--rules` file: its text and name (for extraction workers, which compile their own) and the lexicon it makes. */
export interface RuleFile {
  json: string;
  source: string;
  lexicon: RelationLexicon;
}

/** Reads and checks the `--rules` file; undefined when no file is given (the default lexicon applies). */
export async function readRuleFile(path: string | undefined, io: CliIo): Promise<RuleFile | undefined> {
  if (path === undefined) return undefined;
  let json: string;
  try {
    json = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    throw new RuleFileError(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return { json, source: path, lexicon: lexiconFromRuleFile(json, path) };
}
