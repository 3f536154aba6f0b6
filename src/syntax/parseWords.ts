import type { ArcEagerModel } from './ArcEagerModel';
import { addRows, findRows } from './LinearModel';
import { ParseState } from './ParseState';
import { FIRST_LABEL_CLASS, LEFT, RIGHT, bestAction, bestLabel, transition } from './bestMove';
import { PARSER_FEATURES, parserFeatures } from './parserFeatures';
import type { WordAtoms } from './wordAtoms';

const features = new Uint32Array(PARSER_FEATURES);
const places = new Uint32Array(PARSER_FEATURES);

/** A dependency tree over a sentence's words: 0-based heads (-1 for the root) and label indices. */
export interface DependencyTree {
  readonly heads: Int32Array;
  readonly labels: Uint8Array;
}

/**
 * Parses a tagged sentence greedily: at each step the best valid action, then, for an arc, the best label for its
 * direction, both read from the rows of the same features. `tags` holds each word's tag index + 1.
 */
export function parseWords(model: ArcEagerModel, atoms: WordAtoms, tags: Uint8Array): DependencyTree {
  const n = atoms.length;
  const labelCount = model.labels.length;
  const state = new ParseState(n, labelCount);
  const scores = new Int32Array(model.weights.classes);
  while (!state.done) {
    const count = parserFeatures(state, atoms, tags, features);
    findRows(model.weights, features, count, places);
    addRows(model.weights, places, count, 0, FIRST_LABEL_CLASS, scores);
    const action = bestAction(state, scores);
    let label = 0;
    if (action === LEFT && state.front === n) {
      label = model.rootLabel;
    } else if (action === LEFT || action === RIGHT) {
      const from = FIRST_LABEL_CLASS + (action === LEFT ? 0 : labelCount);
      addRows(model.weights, places, count, from, from + labelCount, scores);
      label = bestLabel(scores, action, labelCount, model.rootLabel);
    }
    state.apply(transition(action, label, labelCount));
  }
  return singleRoot(state, model);
}

/**
 * The tree of a finished parse with one root. Every word left on the stack at the end is attached to the root; UD
 * wants one, so the first such word stays the root and the others hang from it as `parataxis`, the relation of
 * side-by-side clauses, which is what most such leftovers are.
 */
function singleRoot(state: ParseState, model: ArcEagerModel): DependencyTree {
  const n = state.n;
  const heads = new Int32Array(n);
  const labels = state.labels;
  let root = -1;
  for (let i = 0; i < n; i++) {
    const head = state.heads[i] as number;
    if (head !== n) {
      heads[i] = head;
    } else if (root < 0) {
      root = i;
      heads[i] = -1;
    } else {
      heads[i] = root;
      labels[i] = Math.max(0, model.labels.indexOf('parataxis'));
    }
  }
  return { heads, labels };
}
