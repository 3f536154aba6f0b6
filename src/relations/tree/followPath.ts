import type { TreeStep } from '../TreePattern';
import { caseOf } from './partiesAt';
import { subjectsOf } from './subjectsOf';
import type { TreeView } from './TreeView';

/** The nodes a tree path leads to from `from`, step by step (see TreeStep); empty when a step finds nothing. */
export function followPath(v: TreeView, from: number, steps: readonly TreeStep[], wordClasses: ReadonlyMap<string, ReadonlySet<string>>): number[] {
  const { nodes, children } = v.tree;
  let frontier = [from];
  for (const step of steps) {
    const reached = frontier.flatMap((node) => {
      if (step.up) {
        const current = nodes[node];
        return current && current.head >= 0 && current.deprel === step.relation ? [current.head] : [];
      }
      if (step.relation === 'subject') return subjectsOf(v, node);
      return (children[node] ?? []).filter((child) => nodes[child]?.deprel === step.relation);
    });
    const words = step.wordClass === undefined ? undefined : wordClasses.get(step.wordClass);
    frontier = reached.filter((node) =>
      (!step.cases || caseOf(v, node).some((marker) => step.cases?.has(marker))) && (!words || words.has(v.lower[node] ?? '')));
    if (frontier.length === 0) break;
  }
  return frontier;
}
