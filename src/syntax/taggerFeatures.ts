import { finishHash, mixHash } from './featureHash';
import type { WordAtoms } from './wordAtoms';

/** Most features taggerFeatures writes for one word. */
export const TAGGER_FEATURES = 40;

/** The ambiguity class of a word seen too rarely in training to have one. */
export const UNKNOWN_CLASS = 0x6b43a9b5;

const NONE = 0x2f4b1a3;
// The flags the tagger reads: case, digits, hyphen, first word (the punctuation bits are for the parser).
const TAGGER_FLAGS = 31;


function feature(template: number, a: number, b = 0): number {
  return finishHash(mixHash(mixHash(template * 0x9e3779b1, a), b), template);
}

/**
 * Writes the hashed features of word `i` into `out` and returns how many: the word, its affixes and shape, its
 * neighbours within two words, the tags already given to the two words before it (`previous`, `beforePrevious`:
 * tag index + 1, 0 at the sentence start), the ambiguity classes of the next two words (`classes`) and compromise's
 * lexicon tags. After Honnibal's "A good part-of-speech tagger in about 200 lines".
 */
export function taggerFeatures(atoms: WordAtoms, classes: Uint32Array, i: number, previous: number, beforePrevious: number, out: Uint32Array): number {
  const n = atoms.length;
  const word = atoms.word[i] as number;
  const prevWord = i > 0 ? (atoms.word[i - 1] as number) : NONE;
  const prev2Word = i > 1 ? (atoms.word[i - 2] as number) : NONE;
  const nextWord = i + 1 < n ? (atoms.word[i + 1] as number) : NONE;
  const next2Word = i + 2 < n ? (atoms.word[i + 2] as number) : NONE;
  let k = 0;
  out[k++] = feature(1, 0);
  out[k++] = feature(2, word);
  out[k++] = feature(3, atoms.form[i] as number);
  out[k++] = feature(4, atoms.suffix1[i] as number);
  out[k++] = feature(5, atoms.suffix2[i] as number);
  out[k++] = feature(6, atoms.suffix3[i] as number);
  out[k++] = feature(7, atoms.suffix4[i] as number);
  out[k++] = feature(8, atoms.prefix1[i] as number);
  out[k++] = feature(9, atoms.prefix2[i] as number);
  out[k++] = feature(10, atoms.prefix3[i] as number);
  out[k++] = feature(11, atoms.shape[i] as number);
  out[k++] = feature(12, (atoms.flags[i] as number) & TAGGER_FLAGS);
  out[k++] = feature(13, previous);
  out[k++] = feature(14, previous, beforePrevious);
  out[k++] = feature(15, previous, word);
  out[k++] = feature(16, prevWord);
  out[k++] = feature(17, i > 0 ? (atoms.suffix3[i - 1] as number) : NONE);
  out[k++] = feature(18, prev2Word);
  out[k++] = feature(19, nextWord);
  out[k++] = feature(20, i + 1 < n ? (atoms.suffix3[i + 1] as number) : NONE);
  out[k++] = feature(21, next2Word);
  out[k++] = feature(22, i + 1 < n ? (atoms.shape[i + 1] as number) : NONE);
  out[k++] = feature(23, prevWord, word);
  out[k++] = feature(24, word, nextWord);
  out[k++] = feature(25, previous, nextWord);
  out[k++] = feature(26, i > 0 ? (atoms.shape[i - 1] as number) : NONE, atoms.shape[i] as number);
  out[k++] = feature(27, atoms.suffix3[i] as number, (atoms.flags[i] as number) & TAGGER_FLAGS);
  out[k++] = feature(28, i + 1 < n ? (atoms.suffix2[i + 1] as number) : NONE, word);
  // The tags the next two words were seen with in training (their ambiguity classes).
  out[k++] = feature(29, i + 1 < n ? (classes[i + 1] as number) : NONE);
  out[k++] = feature(30, i + 2 < n ? (classes[i + 2] as number) : NONE);
  // compromise's lexicon: what the word is outside the treebanks (most help on words they never show).
  const lexicon = atoms.lexicon[i] as number;
  const nextLexicon = i + 1 < n ? (atoms.lexicon[i + 1] as number) : NONE;
  out[k++] = feature(31, lexicon);
  out[k++] = feature(32, nextLexicon);
  out[k++] = feature(33, lexicon, atoms.suffix3[i] as number);
  out[k++] = feature(34, lexicon, previous);
  out[k++] = feature(35, i > 0 ? (atoms.lexicon[i - 1] as number) : NONE, lexicon);
  out[k++] = feature(36, lexicon, nextLexicon);
  out[k++] = feature(37, lexicon, (atoms.flags[i] as number) & TAGGER_FLAGS);
  out[k++] = feature(38, atoms.suffix4[i] as number, (atoms.flags[i] as number) & TAGGER_FLAGS);
  out[k++] = feature(39, nextWord, next2Word);
  return k;
}
