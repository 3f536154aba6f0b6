import type { ConlluSentence } from '../ConlluSentence';
import { wordAtoms } from '../wordAtoms';
import type { TrainingSentence } from './TrainingSentence';
import type { Vocabulary } from './buildVocabulary';

/** Turns a gold CoNLL-U sentence into indices over the vocabulary (a tag or label it lacks becomes class 0). */
export function toTrainingSentence(sentence: ConlluSentence, vocabulary: Vocabulary): TrainingSentence {
  const tagIndex = new Map(vocabulary.tags.map((tag, index) => [`${tag.upos} ${tag.xpos}`, index]));
  const labelIndex = new Map(vocabulary.labels.map((label, index) => [label, index]));
  const forms = sentence.words.map((word) => word.form);
  return {
    id: sentence.id,
    forms,
    atoms: wordAtoms(forms),
    tags: Uint8Array.from(sentence.words, (word) => tagIndex.get(`${word.upos} ${word.xpos}`) ?? 0),
    heads: Int32Array.from(sentence.words, (word) => word.head - 1),
    labels: Uint8Array.from(sentence.words, (word) => labelIndex.get(word.deprel) ?? 0),
  };
}
