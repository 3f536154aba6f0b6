import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ParserModel } from './ParserModel';
import { ParserModelError } from './ParserModelError';
import { decodeParserModel } from './decodeParserModel';

/** Where the shipped model lives: models/parser.bin at the package root (the same from src/ and dist/). */
export const PARSER_MODEL_PATH = resolve(__dirname, '..', '..', 'models', 'parser.bin');

const loaded = new Map<string, ParserModel>();

/**
 * Reads and decodes a parser model once per path (the shipped one by default) and keeps it for later calls. The one
 * file read of the syntax stage: the model is data that ships with the code.
 */
export function loadParserModel(path: string = PARSER_MODEL_PATH): ParserModel {
  const cached = loaded.get(path);
  if (cached) return cached;
  let file: Uint8Array;
  try {
    file = readFileSync(path);
  } catch (error) {
    throw new ParserModelError(`cannot read the parser model ${path} (${(error as Error).message}); restore models/parser.bin from git or run npm run parser:train.`, {
      cause: error,
    });
  }
  const { model } = decodeParserModel(file, path);
  loaded.set(path, model);
  return model;
}
