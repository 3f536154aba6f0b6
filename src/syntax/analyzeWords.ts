import type { ParserModel } from './ParserModel';
import { parseWords, type WordArcs } from './parseWords';
import { tagWords } from './tagWords';
import { wordAtoms } from './wordAtoms';

/** A sentence's words tagged and parsed: tag indices into `model.tagger.tags`, heads and label indices. */
export interface WordAnalysis extends WordArcs {
  readonly tags: Uint8Array;
}

/** Tags then parses a sentence given as its words' forms; the capitalized words `names` marks are proper nouns. */
export function analyzeWords(model: ParserModel, forms: readonly string[], names?: readonly boolean[]): WordAnalysis {
  const atoms = wordAtoms(forms);
  const tags = tagWords(model.tagger, atoms, names);
  const tree = parseWords(model.parser, atoms, tags.map((tag) => tag + 1));
  return { tags, heads: tree.heads, labels: tree.labels };
}
