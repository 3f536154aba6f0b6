import { scoreFeatures } from './LinearModel';
import type { TaggerModel } from './TaggerModel';
import { UNKNOWN_CLASS, taggerFeatures } from './taggerFeatures';
import { lexiconTagHash, wordAtoms, type WordAtoms } from './wordAtoms';

/**
 * Tags the words of a sentence left to right (greedy) and returns each word's tag index into `model.tags`. A word
 * that training saw too rarely to know, and that compromise's lexicon knows only as a noun, is no verb right after a
 * verb (`paid tribute to`): two verbs in a row are rare, and the tagger has nothing else to tell it the word's kind.
 * A capitalized courtesy title before a capitalized word, and the word after it, are proper nouns, whatever else they
 * may be (`Mr Darling`, `Mrs May`: not a plural noun and a modal), and so is a word `names` marks (a word of a name
 * the pipeline found: `Labour`, `Truss`). A noun right after a name that opens a `that` clause of demanding is the
 * clause's verb in its base form (`demanded that Ann Vale resign`: the mandative subjunctive, whose bare verb after a
 * name the tagger reads as a compound's noun).
 */
export function tagWords(model: TaggerModel, atoms: WordAtoms, names?: readonly boolean[]): Uint8Array {
  const tags = new Uint8Array(atoms.length);
  const classes = ambiguityClasses(model, atoms);
  const { weights } = model;
  let previous = 0;
  let beforePrevious = 0;
  const verbs = tagMask(model, 'VERB');
  const propers = tagMask(model, 'PROPN');
  const singularProper = model.tags.findIndex((tag) => tag.upos === 'PROPN' && tag.xpos === 'NNP');
  const baseVerb = model.tags.findIndex((tag) => tag.upos === 'VERB' && tag.xpos === 'VB');
  const commonNoun = model.tags.findIndex((tag) => tag.upos === 'NOUN' && tag.xpos === 'NN');
  for (let i = 0; i < atoms.length; i++) {
    let best = 0;
    const known = model.lexicon.get(atoms.form[i] as number);
    const title = COURTESY_TITLES.has(atoms.word[i] as number) && isCapitalized(atoms, i) && i + 1 < atoms.length && isCapitalized(atoms, i + 1);
    const named = ((i > 0 && COURTESY_TITLES.has(atoms.word[i - 1] as number)) || names?.[i] === true) && isCapitalized(atoms, i) && propers.includes(1);
    if (title && singularProper >= 0) {
      best = singularProper;
    } else if (named) {
      const scores = scoreFeatures(weights, taggerFeatures(atoms, classes, i, previous, beforePrevious, weights.input));
      best = propers.indexOf(1);
      for (let c = best + 1; c < scores.length; c++) if (propers[c] === 1 && (scores[c] as number) > (scores[best] as number)) best = c;
    } else if (known >= 0) {
      best = model.lexiconTags[known] as number;
    } else {
      const scores = scoreFeatures(weights, taggerFeatures(atoms, classes, i, previous, beforePrevious, weights.input));
      const noVerb = previous > 0 && verbs[previous - 1] === 1 && classes[i] === UNKNOWN_CLASS && NOUN_ONLY.has(atoms.lexicon[i] as number);
      best = noVerb ? verbs.indexOf(0) : 0;
      for (let c = best + 1; c < scores.length; c++) if (!(noVerb && verbs[c] === 1) && (scores[c] as number) > (scores[best] as number)) best = c;
    }
    if (best === commonNoun && baseVerb >= 0 && names && demandedOfName(atoms, names, i)) best = baseVerb;
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

// Titles written before a surname (the lower-cased word's hash), with or without a period.
const COURTESY_TITLES: ReadonlySet<number> = new Set(wordAtoms(['mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']).word);
// Verbs of demanding, whose `that` clause has its verb in the base form (`demanded that X resign`).
const DEMANDING: ReadonlySet<number> = new Set(
  wordAtoms(['demand', 'insist', 'ask', 'urge', 'recommend', 'propose', 'require', 'request', 'order'].flatMap((verb) => {
    const stem = verb.replace(/e$/, '');
    return [verb, `${verb}s`, `${stem}ed`, `${stem}ing`];
  })).word,
);
const THAT = wordAtoms(['that']).word[0];
const AND = wordAtoms(['and']).word[0];

// Whether the word at `at` follows a name (or names joined by `and`) right after a verb of demanding and `that`.
function demandedOfName(atoms: WordAtoms, names: readonly boolean[], at: number): boolean {
  if (names[at - 1] !== true || isCapitalized(atoms, at)) return false;
  let first = at - 1;
  while (first > 0 && (names[first - 1] === true || (atoms.word[first - 1] === AND && names[first - 2] === true))) first--;
  return atoms.word[first - 1] === THAT && DEMANDING.has(atoms.word[first - 2] ?? 0);
}

// The flag bit of a word that starts with a capital.
const CAPITALIZED = 1;

function isCapitalized(atoms: WordAtoms, at: number): boolean {
  return ((atoms.flags[at] as number) & CAPITALIZED) !== 0;
}

const tagMasks = new WeakMap<TaggerModel, Map<string, Uint8Array>>();

// 1 for each of the model's tags whose universal tag is `upos`.
function tagMask(model: TaggerModel, upos: string): Uint8Array {
  const masks = tagMasks.get(model) ?? new Map<string, Uint8Array>();
  tagMasks.set(model, masks);
  let mask = masks.get(upos);
  if (!mask) {
    mask = Uint8Array.from(model.tags, (tag) => (tag.upos === upos ? 1 : 0));
    masks.set(upos, mask);
  }
  return mask;
}
