import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { NewsGraph } from '../graph/NewsGraph';
import { nodeSize } from './nodeSize';

// With Barnes-Hut, ForceAtlas2 costs about order x log(order) per iteration: small graphs get many iterations to settle,
// large ones a budget that keeps a 10,000-node build within seconds. Below BARNES_HUT_FROM nodes the exact O(n^2)
// repulsion is cheaper than building the quadtree.
const ITERATION_BUDGET = 300_000;
const BARNES_HUT_FROM = 250;
const MIN_ITERATIONS = 30;
const MAX_ITERATIONS = 500;
// Barnes-Hut treats a far region as one body when its size over its distance is below theta. Graphs small enough for
// MAX_ITERATIONS keep graphology's accurate 0.5; larger ones, whose iterations the budget limits, take Gephi's default
// 1.2, which drew the same picture of a 1,924-node news graph in half the time (layout 1.9 s to 0.9 s of CPU).
const FINE_THETA = 0.5;
const COARSE_THETA = 1.2;
// The explorer fits the graph to a viewport about this many pixels wide, which relates node radii to layout units.
const VIEWPORT_PIXELS = 1000;

/** How many ForceAtlas2 iterations a graph of `order` nodes gets: fixed by the size alone, so the layout is repeatable. */
export function layoutIterations(order: number): number {
  return Math.round(Math.min(MAX_ITERATIONS, Math.max(MIN_ITERATIONS, ITERATION_BUDGET / Math.max(1, order))));
}

/** The Barnes-Hut theta of a graph of `order` nodes: coarser once the iteration budget, not MAX_ITERATIONS, bounds it. */
export function layoutTheta(order: number): number {
  return order * MAX_ITERATIONS > ITERATION_BUDGET ? COARSE_THETA : FINE_THETA;
}

/**
 * Returns a copy of the graph with `x`, `y` on every node: ForceAtlas2 (weighted by evidence, with the settings
 * graphology infers from the size) from starting positions hashed from the node ids, then Noverlap so that nodes drawn
 * at their explorer size do not cover each other. The same graph always gets the same positions, rounded to 0.01.
 */
export function layoutGraph(graph: NewsGraph): NewsGraph {
  const laidOut = graph.copy();
  const order = laidOut.order;
  if (order === 0) return laidOut;
  // A disc whose area grows with the node count, so the start is neither crowded nor sparse.
  const radius = 10 * Math.sqrt(order);
  laidOut.forEachNode((node) => {
    const distance = radius * Math.sqrt(hashUnit(node, 0x9e3779b9));
    const angle = 2 * Math.PI * hashUnit(node, 0x85ebca6b);
    laidOut.mergeNodeAttributes(node, { x: distance * Math.cos(angle), y: distance * Math.sin(angle) });
  });
  forceAtlas2.assign(laidOut, {
    iterations: layoutIterations(order),
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(order), barnesHutOptimize: order >= BARNES_HUT_FROM, barnesHutTheta: layoutTheta(order) },
  });

  const largest = laidOut.reduceNodes((most, _node, attributes) => Math.max(most, attributes.mentions), 0);
  const unitsPerPixel = extent(laidOut) / VIEWPORT_PIXELS;
  noverlap.assign(laidOut, {
    maxIterations: order > 2000 ? 20 : 100,
    settings: { gridSize: Math.max(20, Math.ceil(Math.sqrt(order))), margin: 2 * unitsPerPixel, ratio: 1 },
    inputReducer: (node, attributes) => ({
      x: attributes.x,
      y: attributes.y,
      size: nodeSize(laidOut.getNodeAttribute(node, 'mentions'), largest, order) * unitsPerPixel,
    }),
  });
  laidOut.updateEachNodeAttributes((_node, attributes) => ({
    ...attributes,
    x: round(attributes.x ?? 0),
    y: round(attributes.y ?? 0),
  }));
  return laidOut;
}

// The larger side of the bounding box (1 for a single node, so sizes stay finite).
function extent(graph: NewsGraph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_node, { x = 0, y = 0 }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  return Math.max(1, maxX - minX, maxY - minY);
}

// FNV-1a of the text mixed with a seed, mapped to [0, 1): two seeds give two independent coordinates.
function hashUnit(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  return (hash >>> 0) / 4294967296;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
