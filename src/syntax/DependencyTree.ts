/** One word of a dependency parse (Universal Dependencies), with offsets in the same text as the sentence's tokens. */
export interface TreeNode {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Universal part-of-speech tag (`NOUN`, `PROPN`, `VERB`...). */
  readonly upos: string;
  /** English Penn Treebank tag (`VBD` for a verb in the simple past), where the parser gives one. */
  readonly xpos?: string;
  /** Index of the head node in the sentence, -1 for the root. */
  readonly head: number;
  /** UD relation to the head, with its subtype (`nsubj:pass`, `obl:agent`, `acl:relcl`). */
  readonly deprel: string;
}

/** A sentence's dependency parse: its nodes and, for each node, its dependents in sentence order. */
export interface DependencyTree {
  readonly nodes: readonly TreeNode[];
  readonly children: readonly (readonly number[])[];
}

/** Builds the tree of parsed nodes, indexing every node's dependents. */
export function toDependencyTree(nodes: readonly TreeNode[]): DependencyTree {
  const children: number[][] = nodes.map(() => []);
  nodes.forEach((node, i) => children[node.head]?.push(i));
  return { nodes, children };
}

/**
 * Parses the sentence at `[start, end)` of `text`; the nodes' offsets are into `text`. `names`: the offsets in `text` at
 * which a capitalized word of a name the pipeline found starts, which are proper nouns, whatever else they could be.
 */
export type SentenceParser = (text: string, start: number, end: number, names?: ReadonlySet<number>) => DependencyTree;
