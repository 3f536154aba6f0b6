import type { ParseState } from '../ParseState';
import type { Transitions } from '../Transitions';

/** Cost given to a transition that is not valid in the configuration. */
export const INVALID = 1 << 30;

/**
 * The dynamic oracle of Goldberg & Nivre (2012) for arc-eager: writes into `costs` (one per transition class) the
 * number of gold arcs the transition makes unreachable, counting an arc the gold tree has under another label as
 * one; INVALID when the transition cannot apply. `goldHeads` uses n for the root; the gold tree must be projective
 * for the costs to be exact.
 */
export function transitionCosts(state: ParseState, transitions: Transitions, goldHeads: Int32Array, goldLabels: Uint8Array, costs: Int32Array): void {
  costs.fill(INVALID);
  const { n, stack, depth, heads, inStack, front } = state;
  const { leftLabels, rightLabels, shift, reduce, firstRight, rootClass } = transitions;
  const s0 = depth > 0 ? (stack[depth - 1] as number) : -1;
  let s0InBuffer = 0; // gold dependents of s0 still in the buffer
  if (s0 >= 0) for (let k = front; k < n; k++) if (goldHeads[k] === s0) s0InBuffer++;
  let frontInStack = 0; // headless stack words whose gold head is the buffer front
  if (front < n) {
    for (let k = 0; k < depth; k++) {
      const word = stack[k] as number;
      if (goldHeads[word] === front && (heads[word] as number) < 0) frontInStack++;
    }
  }
  const frontHead = front < n ? (goldHeads[front] as number) : -1;
  if (state.canShift()) costs[shift] = frontInStack + (frontHead < n && inStack[frontHead] === 1 ? 1 : 0);
  if (state.canReduce()) costs[reduce] = s0InBuffer;
  if (state.canLeft()) {
    const s0Head = goldHeads[s0] as number;
    const base = s0InBuffer + (s0Head > front ? 1 : 0);
    for (let move = 0; move < shift; move++) {
      if ((move === rootClass) !== (front === n)) continue;
      costs[move] = base + (s0Head === front && goldLabels[s0] !== leftLabels[move] ? 1 : 0);
    }
  }
  if (state.canRight()) {
    const base = frontInStack + (frontHead !== s0 && (frontHead > front || inStack[frontHead] === 1) ? 1 : 0);
    for (let move = firstRight; move < transitions.classes; move++) {
      costs[move] = base + (frontHead === s0 && goldLabels[front] !== rightLabels[move - firstRight] ? 1 : 0);
    }
  }
}
