import { scoreFeatures } from './LinearModel';
import type { TaggerModel } from './TaggerModel';
import { UNKNOWN_CLASS, taggerFeatures } from './taggerFeatures';
import { lexiconTagHash, type WordAtoms } from './wordAtoms';

/**
 * Tags the words of a sentence left to right (greedy) and returns each word's tag index into `model.tags`. A word
 * that training saw too rarely to know, and that compromise's lexicon knows only as a noun, is no verb right after a
 * verb (`paid tribute to`): two verbs in a row are rare, and the tagger has nothing else to tell it the word's kind.
 */
export function tagWords(model: TaggerModel, atoms: WordAtoms): Uint8Array {
  const tags = new Uint8Array(atoms.length);
  const classes = ambiguityClasses(model, atoms);
  const { weights } = model;
  let previous = 0;
  let beforePrevious = 0;
  const verbs = verbTags(model);
  for (let i = 0; i < atoms.length; i++) {
    let best = 0;
    const known = model.lexicon.get(atoms.form[i] as number);
    if (known >= 0) {
      best = model.lexiconTags[known] as number;
    } else {
      const scores = scoreFeatures(weights, taggerFeatures(atoms, classes, i, previous, beforePrevious, weights.input));
      const noVerb = previous > 0 && verbs[previous - 1] === 1 && classes[i] === UNKNOWN_CLASS && NOUN_ONLY.has(atoms.lexicon[i] as number);
      best = noVerb ? verbs.indexOf(0) : 0;
      for (let c = best + 1; c < scores.length; c++) if (!(noVerb && verbs[c] === 1) && (scores[c] as number) > (scores[best] as number)) best = c;
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

// compromise's lexicon tags of nouns.
const NOUN_ONLY = new Set(['Singular', 'Plural', 'Uncountable', 'Noun'].map(lexiconTagHash));

const verbMasks = new WeakMap<TaggerModel, Uint8Array>();

// 1 for each of the model's tags whose universal tag is VERB.
function verbTags(model: TaggerModel): Uint8Array {
  let mask = verbMasks.get(model);
  if (!mask) {
    mask = Uint8Array.from(model.tags, (tag) => (tag.upos === 'VERB' ? 1 : 0));
    verbMasks.set(model, mask);
  }
  return mask;
}
