import { FeatureTable } from '../FeatureTable';
import type { TagPair, TaggerModel } from '../TaggerModel';
import { ambiguityClasses } from '../tagWords';
import { TAGGER_FEATURES, taggerFeatures } from '../taggerFeatures';
import { hashString } from '../featureHash';
import { AveragedPerceptron } from './AveragedPerceptron';
import type { TrainingSentence } from './TrainingSentence';
import { seededShuffle } from './seededShuffle';

/** Settings of tagger training. */
export interface TaggerTrainingOptions {
  readonly epochs: number;
  readonly seed: number;
  /** A form seen at least this often with one tag pair in at least `lexiconPurity` of its uses is tagged by lookup. */
  readonly lexiconMinCount: number;
  readonly lexiconPurity: number;
  /** Averaged weights below this magnitude are dropped from the shipped model. */
  readonly minWeight: number;
  /** Features whose averaged weights add up to less than this are dropped from the shipped model. */
  readonly minFeatureWeight: number;
}

/** Trains the greedy left-to-right tagger on gold sentences (tags index into `tags`). */
export function trainTagger(sentences: readonly TrainingSentence[], tags: readonly TagPair[], options: TaggerTrainingOptions): TaggerModel {
  const { lexicon, lexiconTags } = buildLexicon(sentences, options);
  const { wordClasses, wordClassHashes } = buildWordClasses(sentences);
  const perceptron = new AveragedPerceptron(tags.length);
  const features = new Uint32Array(TAGGER_FEATURES);
  const scores = new Float64Array(tags.length);
  const order = [...sentences];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    seededShuffle(order, options.seed + epoch);
    for (const sentence of order) {
      const { atoms } = sentence;
      const classes = ambiguityClasses({ wordClasses, wordClassHashes }, atoms);
      let previous = 0;
      let beforePrevious = 0;
      for (let i = 0; i < atoms.length; i++) {
        const truth = sentence.tags[i] as number;
        const known = lexicon.get(atoms.form[i] as number);
        let guess: number;
        if (known >= 0) {
          guess = lexiconTags[known] as number;
        } else {
          const count = taggerFeatures(atoms, classes, i, previous, beforePrevious, features);
          perceptron.score(features, count, scores);
          guess = 0;
          for (let c = 1; c < scores.length; c++) if ((scores[c] as number) > (scores[guess] as number)) guess = c;
          perceptron.update(features, count, truth, guess);
          perceptron.tick();
        }
        beforePrevious = previous;
        previous = guess + 1;
      }
    }
  }
  return { tags, weights: perceptron.toModel(options.minWeight, options.minFeatureWeight), lexicon, lexiconTags, wordClasses, wordClassHashes };
}

function buildLexicon(sentences: readonly TrainingSentence[], options: TaggerTrainingOptions): { lexicon: FeatureTable; lexiconTags: Uint8Array } {
  const counts = new Map<number, Map<number, number>>();
  for (const sentence of sentences) {
    sentence.atoms.form.forEach((form, i) => {
      const byTag = counts.get(form) ?? new Map<number, number>();
      counts.set(form, byTag);
      const tag = sentence.tags[i] as number;
      byTag.set(tag, (byTag.get(tag) ?? 0) + 1);
    });
  }
  const forms: number[] = [];
  const formTags: number[] = [];
  for (const [form, byTag] of [...counts].sort((a, b) => a[0] - b[0])) {
    const total = [...byTag.values()].reduce((sum, count) => sum + count, 0);
    const [tag, count] = [...byTag].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    if (total >= options.lexiconMinCount && count / total >= options.lexiconPurity) {
      forms.push(form);
      formTags.push(tag);
    }
  }
  return { lexicon: FeatureTable.from(Uint32Array.from(forms)), lexiconTags: Uint8Array.from(formTags) };
}

/** Words seen at least this often get an ambiguity class; rarer ones are tagged like unknown words. */
const CLASS_MIN_COUNT = 3;
/** A tag counts in a word's class when it has at least this share of the word's uses. */
const CLASS_MIN_SHARE = 0.05;

function buildWordClasses(sentences: readonly TrainingSentence[]): { wordClasses: FeatureTable; wordClassHashes: Uint32Array } {
  const counts = new Map<number, Map<number, number>>();
  for (const sentence of sentences) {
    sentence.atoms.word.forEach((word, i) => {
      const byTag = counts.get(word) ?? new Map<number, number>();
      counts.set(word, byTag);
      const tag = sentence.tags[i] as number;
      byTag.set(tag, (byTag.get(tag) ?? 0) + 1);
    });
  }
  const words: number[] = [];
  const hashes: number[] = [];
  for (const [word, byTag] of [...counts].sort((a, b) => a[0] - b[0])) {
    const total = [...byTag.values()].reduce((sum, count) => sum + count, 0);
    if (total < CLASS_MIN_COUNT) continue;
    const tags = [...byTag].filter(([, count]) => count / total >= CLASS_MIN_SHARE).map(([tag]) => tag).sort((a, b) => a - b);
    words.push(word);
    hashes.push(hashString(tags.join(' '), 12));
  }
  return { wordClasses: FeatureTable.from(Uint32Array.from(words)), wordClassHashes: Uint32Array.from(hashes) };
}
