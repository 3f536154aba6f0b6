/** A token of the syntax stage: its text and its UTF-16 offsets in the string it was cut from. */
export interface SyntaxToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A tagged and parsed token. `head` is the index of its head in the sentence's token array, -1 for the root. */
export interface ParsedToken extends SyntaxToken {
  /** Universal part-of-speech tag (NOUN, VERB, PROPN...). */
  readonly upos: string;
  /** English Penn Treebank tag (NN, VBD, NNP...). */
  readonly xpos: string;
  readonly head: number;
  /** Universal Dependencies relation with its subtype (nsubj, obl:agent, acl:relcl...). */
  readonly deprel: string;
}
