import { layoutGraph, layoutIterations, layoutTheta } from '../../src/explorer/layoutGraph';
import { generateLoadGraph } from '../../src/bench/generateLoadGraph';
import type { NewsGraph } from '../../src/graph/NewsGraph';
import { buildGraph } from '../../src/graph/buildGraph';
import { MultiDirectedGraph } from 'graphology';
import { sampleGraph } from '../exporters/sampleGraph';

function positions(graph: NewsGraph): Record<string, [number | undefined, number | undefined]> {
  return Object.fromEntries(graph.mapNodes((node, { x, y }) => [node, [x, y]]));
}

function generated(entities: number): NewsGraph {
  const { attributes, nodes, edges } = generateLoadGraph({ namespace: 'layout', entities, relationships: entities * 2, documents: 20, seed: 3 });
  const graph: NewsGraph = new MultiDirectedGraph();
  graph.import({ attributes, nodes, edges });
  return graph;
}

describe('layoutGraph', () => {
  it('gives every node finite x and y, rounded to hundredths', () => {
    const laidOut = layoutGraph(generated(120));
    laidOut.forEachNode((_node, { x, y }) => {
      expect(Number.isFinite(x)).toBe(true);
      expect(Number.isFinite(y)).toBe(true);
      expect(Math.round((x ?? 0) * 100) / 100).toBe(x);
    });
  });

  it('gives the same graph the same positions on every run', () => {
    expect(positions(layoutGraph(generated(120)))).toEqual(positions(layoutGraph(generated(120))));
  });

  it('leaves the given graph as it was and keeps its attributes on the copy', () => {
    const graph = sampleGraph();
    const laidOut = layoutGraph(graph);
    expect(graph.getNodeAttributes('person:marco-rubio').x).toBeUndefined();
    expect(laidOut.getNodeAttributes('person:marco-rubio')).toMatchObject(graph.getNodeAttributes('person:marco-rubio'));
    expect(laidOut.size).toBe(graph.size);
  });

  it('puts no two nodes on the same spot', () => {
    const laidOut = layoutGraph(generated(120));
    const spots = new Set(laidOut.mapNodes((_node, { x, y }) => `${x},${y}`));
    expect(spots.size).toBe(laidOut.order);
  });

  it('draws joined nodes closer together than the average pair', () => {
    const laidOut = layoutGraph(generated(120));
    const distance = (a: string, b: string) => {
      const first = laidOut.getNodeAttributes(a);
      const second = laidOut.getNodeAttributes(b);
      return Math.hypot((first.x ?? 0) - (second.x ?? 0), (first.y ?? 0) - (second.y ?? 0));
    };
    const joined = laidOut.mapEdges((_edge, _attributes, source, target) => distance(source, target));
    const nodes = laidOut.nodes();
    const pairs = nodes.slice(0, 60).flatMap((node, index) => nodes.slice(index + 1, 60).map((other) => distance(node, other)));
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean(joined)).toBeLessThan(mean(pairs));
  });

  it('returns an empty graph unchanged', () => {
    expect(layoutGraph(buildGraph([])).order).toBe(0);
  });
});

describe('layoutIterations', () => {
  it.each([
    [1, 500],
    [33, 500],
    [600, 500],
    [1000, 300],
    [3000, 100],
    [10_000, 30],
    [100_000, 30],
  ])('gives a graph of %i nodes %i ForceAtlas2 iterations', (order, iterations) => {
    expect(layoutIterations(order)).toBe(iterations);
  });
});

describe('layoutTheta', () => {
  it.each([
    [1, 0.5],
    [496, 0.5],
    [600, 0.5],
    [601, 1.2],
    [10_000, 1.2],
  ])('gives a graph of %i nodes Barnes-Hut theta %s', (order, theta) => {
    expect(layoutTheta(order)).toBe(theta);
  });
});
