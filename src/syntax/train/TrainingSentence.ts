import type { WordAtoms } from '../wordAtoms';

/** A gold sentence ready for training: its words' atoms, tag indices, 0-based heads (-1 for the root) and label indices. */
export interface TrainingSentence {
  readonly id: string;
  readonly forms: readonly string[];
  readonly atoms: WordAtoms;
  readonly tags: Uint8Array;
  readonly heads: Int32Array;
  readonly labels: Uint8Array;
}
