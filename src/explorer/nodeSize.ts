/** Smallest and largest node radius on screen, in pixels, at the explorer's default zoom, for graphs of up to 1,000 nodes. */
export const NODE_SIZE_RANGE = { min: 3, max: 15 } as const;

// Beyond this many nodes, sizes shrink with the square root of the count (down to SMALLEST_SCALE), so that ten
// thousand nodes fitted to one screen still leave space between them.
const CROWD = 1000;
const SMALLEST_SCALE = 0.35;

/**
 * The on-screen radius of a node from a count (mentions or degree) against the largest count among the graph's
 * `order` nodes: the square root keeps the area, not the radius, proportional to the count, so a hub does not hide
 * its neighbourhood, and large graphs get smaller nodes.
 */
export function nodeSize(value: number, largest: number, order: number): number {
  const share = largest > 0 ? Math.min(1, Math.sqrt(Math.max(0, value) / largest)) : 0;
  return nodeSizeScale(order) * (NODE_SIZE_RANGE.min + (NODE_SIZE_RANGE.max - NODE_SIZE_RANGE.min) * share);
}

// The factor applied to NODE_SIZE_RANGE for a graph of `order` nodes: 1 up to 1,000 nodes, smaller beyond.
function nodeSizeScale(order: number): number {
  return order > CROWD ? Math.max(SMALLEST_SCALE, Math.sqrt(CROWD / order)) : 1;
}
