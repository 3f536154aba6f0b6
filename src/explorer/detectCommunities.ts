import { MultiDirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { EVIDENCE_FIELDS, type ExplorerData } from './ExplorerData';

/**
 * Communities of the graph by Louvain modularity (weighted by evidence, relations read both ways), numbered by size:
 * community 0 is the largest, ties broken by their first node. A seeded walk makes the same graph give the same
 * communities on every opening. Returns each node's community.
 */
export function detectCommunities(data: ExplorerData): number[] {
  const graph = new MultiDirectedGraph({ allowSelfLoops: false });
  data.nodes.forEach((_, node) => graph.addNode(String(node)));
  data.edges.forEach(([, source, target, , , , evidence]) => {
    if (source !== target) graph.addEdge(String(source), String(target), { weight: evidence.length / EVIDENCE_FIELDS });
  });
  const partition = louvain(graph, { rng: seededRandom(1) });
  const members = new Map<number, number[]>();
  data.nodes.forEach((_, node) => {
    const community = partition[String(node)] ?? -1;
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  });
  const ranked = [...members.values()].sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
  const ranks = new Array<number>(data.nodes.length).fill(0);
  ranked.forEach((nodes, rank) => nodes.forEach((node) => (ranks[node] = rank)));
  return ranks;
}

// mulberry32: a small seeded generator, enough to make Louvain's random walk repeatable.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
