/** A syntactic word of a CoNLL-U sentence. `head` is 1-based, 0 for the root, as in the file. */
export interface ConlluWord {
  readonly form: string;
  readonly upos: string;
  readonly xpos: string;
  readonly head: number;
  readonly deprel: string;
  /** False when the MISC column says SpaceAfter=No (on the word or on the multiword token it ends). */
  readonly spaceAfter: boolean;
}

/** A sentence of a CoNLL-U file: its id, its `# text =` line, its words (multiword-token lines and empty nodes left out). */
export interface ConlluSentence {
  readonly id: string;
  readonly text: string;
  readonly words: readonly ConlluWord[];
}
