import type { ArcEagerModel } from './ArcEagerModel';
import { scoreFeatures } from './LinearModel';
import { ParseState } from './ParseState';
import { applyMove, bestMove, forcedMove } from './Transitions';
import { parserFeatures } from './parserFeatures';
import type { WordAtoms } from './wordAtoms';

/** A dependency tree over a sentence's words: 0-based heads (-1 for the root) and label indices. */
export interface WordArcs {
  readonly heads: Int32Array;
  readonly labels: Uint8Array;
}

/**
 * Parses a tagged sentence greedily, one best valid transition at a time; `tags` holds each word's tag index + 1.
 * Only the classes of valid transitions are scored, and none when only one is valid.
 */
export function parseWords(model: ArcEagerModel, atoms: WordAtoms, tags: Uint8Array): WordArcs {
  const n = atoms.length;
  const { transitions, weights } = model;
  const state = new ParseState(n);
  while (!state.done) {
    // The tree constraint: a headless word left on the stack at the end goes back to the buffer to be attached, so
    // that only the last one left becomes the root. Training never reaches this (its oracle ends in one tree), so the
    // classifier trained for plain arc-eager scores the moves that follow, as the paper does.
    if (state.front === n && state.depth > 1 && !state.canReduce()) {
      state.unshift();
      continue;
    }
    const forced = forcedMove(state, transitions);
    if (forced >= 0) {
      applyMove(state, transitions, forced);
      continue;
    }
    const count = parserFeatures(state, atoms, tags, weights.input);
    // The valid classes are one run: all of them, or SHIFT to the end when the stack top has its head.
    const scores = scoreFeatures(weights, count, state.canLeft() ? 0 : transitions.shift, transitions.classes);
    applyMove(state, transitions, bestMove(state, transitions, scores));
  }
  return singleRoot(state, model, atoms);
}

/**
 * The tree of a finished parse (the tree constraint leaves one word attached to the root). A sentence's final
 * period, question or exclamation mark hangs from the root (as in 99.5% of such marks in the training data; the
 * parser often chose another word), and so does anything the parser hung on the mark.
 */
function singleRoot(state: ParseState, model: ArcEagerModel, atoms: WordAtoms): WordArcs {
  const n = state.n;
  const heads = new Int32Array(n);
  const labels = state.labels;
  let root = -1;
  for (let i = 0; i < n; i++) {
    const head = state.heads[i] as number;
    heads[i] = head === n ? -1 : head;
    if (head === n) root = i;
  }
  const last = n - 1;
  if (root >= 0 && last !== root && ((atoms.flags[last] as number) & 64) !== 0) {
    // (Words the parser hung on the mark, `two days after X` read as its oblique, go with it to the root.)
    for (let i = 0; i < n; i++) if (heads[i] === last) heads[i] = root;
    heads[last] = root;
    labels[last] = Math.max(0, model.labels.indexOf('punct'));
  }
  return { heads, labels };
}
