/**
 * Lifts non-projective arcs until the tree is projective (Nivre & Nilsson 2005, without encoding the lift in the
 * label): the shortest non-projective arc takes its head's head, again and again. `heads` is 0-based, -1 for the
 * root; returns a new array and leaves `heads` alone.
 */
export function projectivize(heads: Int32Array): Int32Array {
  const lifted = Int32Array.from(heads);
  for (;;) {
    let shortest = -1;
    let shortestLength = Infinity;
    for (let dependent = 0; dependent < lifted.length; dependent++) {
      const head = lifted[dependent] as number;
      if (head < 0) continue;
      const length = Math.abs(head - dependent);
      if (length < shortestLength && !isProjectiveArc(lifted, head, dependent)) {
        shortest = dependent;
        shortestLength = length;
      }
    }
    if (shortest < 0) return lifted;
    lifted[shortest] = lifted[lifted[shortest] as number] as number;
  }
}

/** An arc is projective when its head dominates every word between its two ends. */
function isProjectiveArc(heads: Int32Array, head: number, dependent: number): boolean {
  for (let k = Math.min(head, dependent) + 1; k < Math.max(head, dependent); k++) {
    let ancestor = k;
    while (ancestor >= 0 && ancestor !== head) ancestor = heads[ancestor] as number;
    if (ancestor !== head) return false;
  }
  return true;
}
