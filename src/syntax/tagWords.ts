import { scoreFeatures } from './LinearModel';
import type { TaggerModel } from './TaggerModel';
import { UNKNOWN_CLASS, taggerFeatures } from './taggerFeatures';
import type { WordAtoms } from './wordAtoms';

/** Tags the words of a sentence left to right (greedy) and returns each word's tag index into `model.tags`. */
export function tagWords(model: TaggerModel, atoms: WordAtoms): Uint8Array {
  const tags = new Uint8Array(atoms.length);
  const classes = ambiguityClasses(model, atoms);
  const { weights } = model;
  let previous = 0;
  let beforePrevious = 0;
  for (let i = 0; i < atoms.length; i++) {
    let best = 0;
    const known = model.lexicon.get(atoms.form[i] as number);
    if (known >= 0) {
      best = model.lexiconTags[known] as number;
    } else {
      const scores = scoreFeatures(weights, taggerFeatures(atoms, classes, i, previous, beforePrevious, weights.input));
      for (let c = 1; c < scores.length; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
    }
    tags[i] = best;
    beforePrevious = previous;
    previous = best + 1;
  }
  return tags;
}

/** Each word's ambiguity class (the tags it was seen with in training), UNKNOWN_CLASS for a word seen too rarely. */
export function ambiguityClasses(model: Pick<TaggerModel, 'wordClasses' | 'wordClassHashes'>, atoms: WordAtoms): Uint32Array {
  const classes = new Uint32Array(atoms.length);
  for (let i = 0; i < atoms.length; i++) {
    const row = model.wordClasses.get(atoms.word[i] as number);
    classes[i] = row < 0 ? UNKNOWN_CLASS : (model.wordClassHashes[row] as number);
  }
  return classes;
}
