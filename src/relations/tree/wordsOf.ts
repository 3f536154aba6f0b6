import type { TreeView } from './TreeView';

/** The words (lower case) of the dependents of `at` hanging on it by `relation` (its auxiliaries, its marks, its case words). */
export function wordsOf(v: TreeView, at: number, relation: string): string[] {
  return (v.tree.children[at] ?? []).filter((child) => v.tree.nodes[child]?.deprel === relation).map((child) => v.lower[child] ?? '');
}
