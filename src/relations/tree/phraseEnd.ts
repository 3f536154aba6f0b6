import type { DependencyTree } from '../../syntax/DependencyTree';

/** The last word of the phrase a node heads: the node or its last dependent's phrase's last word. */
export function phraseEnd(tree: DependencyTree, node: number): number {
  return Math.max(node, ...(tree.children[node] ?? []).map((child) => phraseEnd(tree, child)));
}
