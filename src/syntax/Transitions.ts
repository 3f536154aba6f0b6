import type { ParseState } from './ParseState';

/**
 * The classes of the parser: LEFT with each label of `leftLabels`, then SHIFT, REDUCE, then RIGHT with each label of
 * `rightLabels`. A label takes a direction only if training saw it there often enough (det and case point left, obj
 * and conj right), which keeps the classes to score at each step, the parser's main cost, few; and the order makes
 * the valid classes one run (all of them, or SHIFT to the end when the stack top already has its head).
 */
export interface Transitions {
  readonly leftLabels: Uint8Array;
  readonly rightLabels: Uint8Array;
  readonly shift: number;
  readonly reduce: number;
  /** Class of the first RIGHT, and number of classes. */
  readonly firstRight: number;
  readonly classes: number;
  /** The LEFT class with the root label: the only arc to the artificial root. */
  readonly rootClass: number;
}

/** Numbers the transitions for the labels each direction allows (the root label must be among the left ones only). */
export function createTransitions(leftLabels: Uint8Array, rightLabels: Uint8Array, rootLabel: number): Transitions {
  const rootClass = leftLabels.indexOf(rootLabel);
  if (rootClass < 0 || rightLabels.includes(rootLabel)) throw new RangeError('the root label must be a left label only');
  const shift = leftLabels.length;
  return { leftLabels, rightLabels, shift, reduce: shift + 1, firstRight: shift + 2, classes: shift + 2 + rightLabels.length, rootClass };
}

/** Applies transition `move` (which must be valid) to `state`. */
export function applyMove(state: ParseState, transitions: Transitions, move: number): void {
  if (move === transitions.shift) state.shift();
  else if (move === transitions.reduce) state.reduce();
  else if (move < transitions.shift) state.left(transitions.leftLabels[move] as number);
  else state.right(transitions.rightLabels[move - transitions.firstRight] as number);
}

/**
 * The one transition valid in `state`, or -1 when there is a choice to make: SHIFT on an empty stack; once the
 * buffer holds only the root, REDUCE for a stack top with a head and the arc to the root for one without.
 */
export function forcedMove(state: ParseState, transitions: Transitions): number {
  if (state.depth === 0) return transitions.shift;
  if (state.front === state.n) return state.canReduce() ? transitions.reduce : transitions.rootClass;
  return -1;
}

/**
 * The highest-scoring transition valid in `state`, where forcedMove found a choice (a stack top and a word in the
 * buffer): RIGHT always, SHIFT unless the front was put back by UNSHIFT, REDUCE for a stack top with a head, LEFT
 * (not to the root) for one without.
 */
export function bestMove(state: ParseState, transitions: Transitions, scores: ArrayLike<number>): number {
  const { shift, reduce, rootClass } = transitions;
  let best = -1;
  let bestScore = -Infinity;
  if (state.canShift()) {
    best = shift;
    bestScore = scores[shift] as number;
  }
  if (state.canReduce()) {
    if ((scores[reduce] as number) > bestScore) {
      best = reduce;
      bestScore = scores[reduce] as number;
    }
  } else {
    for (let move = 0; move < shift; move++) {
      if (move !== rootClass && (scores[move] as number) > bestScore) {
        best = move;
        bestScore = scores[move] as number;
      }
    }
  }
  for (let move = transitions.firstRight; move < transitions.classes; move++) {
    if ((scores[move] as number) > bestScore) {
      best = move;
      bestScore = scores[move] as number;
    }
  }
  return best;
}
