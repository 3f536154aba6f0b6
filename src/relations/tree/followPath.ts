import type { TreeStep } from '../TreePattern';
import { caseOf } from './partiesAt';
import { subjectsOf } from './subjectsOf';
import type { TreeView } from './TreeView';
import { wordsOf } from './wordsOf';

/** The nodes a tree path leads to from `from`, step by step (see TreeStep); empty when a step finds nothing. */
export function followPath(v: TreeView, from: number, steps: readonly TreeStep[], wordClasses: ReadonlyMap<string, ReadonlySet<string>>): number[] {
  const { nodes, children } = v.tree;
  let frontier = [from];
  for (const step of steps) {
    // A nominal's case words, or a clause's marker (`xcomp[for]`: `called for X to testify`, X the clause's subject).
    const marked = (node: number) => !step.cases || [...caseOf(v, node), ...wordsOf(v, node, 'mark')].some((marker) => step.cases?.has(marker));
    const reached = frontier.flatMap((node) => {
      if (step.up) {
        // Going up, the case words are the node's own: `^obl[as]` from `chairman` in `resigned as chairman`.
        const current = nodes[node];
        return current && current.head >= 0 && current.deprel === step.relation && marked(node) ? [current.head] : [];
      }
      if (step.relation === 'self') return [node];
      if (step.relation === 'subject') return subjectsOf(v, node);
      return (children[node] ?? []).filter((child) => nodes[child]?.deprel === step.relation && marked(child));
    });
    const classes = step.wordClasses?.map((name) => wordClasses.get(name));
    frontier = reached.filter((node) => !classes || classes.some((words) => words?.has(v.lower[node] ?? '')) !== (step.excluded === true));
    if (frontier.length === 0) break;
  }
  return frontier;
}
