import type { FeatureTable } from './FeatureTable';
import type { LinearModel } from './LinearModel';

/** A universal tag with its English Penn tag: the tagger predicts the pair as one class. */
export interface TagPair {
  readonly upos: string;
  readonly xpos: string;
}

/** The part-of-speech tagger's model: its classes, its weights and the words it tags without scoring. */
export interface TaggerModel {
  readonly tags: readonly TagPair[];
  readonly weights: LinearModel;
  /** Frequent words seen with one tag pair almost always (by exact form hash); row r has tag `lexiconTags[r]`. */
  readonly lexicon: FeatureTable;
  readonly lexiconTags: Uint8Array;
  /** Ambiguity classes: for words seen often enough (by lower-cased word hash), a hash of the tags they were seen with. */
  readonly wordClasses: FeatureTable;
  readonly wordClassHashes: Uint32Array;
}
