import type { ParseState } from '../ParseState';

/** Cost given to a transition that is not valid in the configuration. */
export const INVALID = 1 << 30;

/**
 * The dynamic oracle of Goldberg & Nivre (2012) for arc-eager: writes into `costs` (SHIFT, REDUCE, LEFT, RIGHT) the
 * number of gold arcs each action makes unreachable, INVALID when it cannot apply. `goldHeads` uses n for the root;
 * the gold tree must be projective for the costs to be exact.
 */
export function transitionCosts(state: ParseState, goldHeads: Int32Array, costs: Int32Array): void {
  costs.fill(INVALID);
  const { n, stack, depth, heads, inStack, front } = state;
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
  if (state.canShift()) costs[0] = frontInStack + (frontHead < n && inStack[frontHead] === 1 ? 1 : 0);
  if (state.canReduce()) costs[1] = s0InBuffer;
  if (state.canLeft()) costs[2] = s0InBuffer + ((goldHeads[s0] as number) > front ? 1 : 0);
  if (state.canRight()) costs[3] = frontInStack + (frontHead !== s0 && (frontHead > front || inStack[frontHead] === 1) ? 1 : 0);
}
