import { toDependencyTree, type SentenceParser } from './DependencyTree';
import { loadParserModel } from './loadParserModel';
import { parseSentence } from './parseSentence';

let parser: SentenceParser | undefined;

/** The SentenceParser of the shipped model (models/parser.bin), loaded on first use and shared. */
export function shippedParser(): SentenceParser {
  if (parser) return parser;
  const model = loadParserModel();
  parser = (text, start, end, names) => toDependencyTree(parseSentence(model, text, start, end, names));
  return parser;
}
