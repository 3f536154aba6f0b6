import type { ParseState } from './ParseState';

/** The four actions of the arc-eager system, and the first class of the left and right arcs' labels. */
export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const FIRST_LABEL_CLASS = 4;

/**
 * The highest-scoring action valid in `state` (scores[0..3]): SHIFT and RIGHT need a word in the buffer, REDUCE a
 * stack top with a head, LEFT a stack top without one.
 */
export function bestAction(state: ParseState, scores: ArrayLike<number>): number {
  let best = -1;
  let bestScore = -Infinity;
  if (state.canShift()) {
    best = SHIFT;
    bestScore = scores[SHIFT] as number;
  }
  if (state.canReduce() && (best < 0 || (scores[REDUCE] as number) > bestScore)) {
    best = REDUCE;
    bestScore = scores[REDUCE] as number;
  }
  if (state.canLeft() && (best < 0 || (scores[LEFT] as number) > bestScore)) {
    best = LEFT;
    bestScore = scores[LEFT] as number;
  }
  if (state.canRight() && (scores[RIGHT] as number) > bestScore) best = RIGHT;
  return best;
}

/**
 * The highest-scoring label of an arc in direction `action` (LEFT or RIGHT), read from the label classes after the
 * actions; `root` is only for the arc to the artificial root, which takes no other label.
 */
export function bestLabel(scores: ArrayLike<number>, action: number, labelCount: number, rootLabel: number): number {
  const base = FIRST_LABEL_CLASS + (action === LEFT ? 0 : labelCount);
  let best = -1;
  let bestScore = -Infinity;
  for (let label = 0; label < labelCount; label++) {
    if (label === rootLabel) continue;
    const score = scores[base + label] as number;
    if (best < 0 || score > bestScore) {
      best = label;
      bestScore = score;
    }
  }
  return best;
}

/** The ParseState transition number of an action with its label. */
export function transition(action: number, label: number, labelCount: number): number {
  return action === SHIFT || action === REDUCE ? action : action === LEFT ? 2 + label : 2 + labelCount + label;
}
