import { detectCommunities } from '../../src/explorer/detectCommunities';
import { packExplorerData } from '../../src/explorer/packExplorerData';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';

// Two groups of four entities, each group fully linked, joined by a single relation, and one entity alone.
function twoGroups(): SerializedGraph {
  const ids = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4', 'alone'];
  const evidence = [{ doc: 'd', sentence: 's', start: 0, end: 1, rule: 'r', reason: 'r', verb: 'v' }];
  const pairs = [
    ...['a', 'b'].flatMap((group) =>
      [1, 2, 3, 4].flatMap((i) => [1, 2, 3, 4].filter((j) => j > i).map((j) => [`${group}${i}`, `${group}${j}`])),
    ),
    ['a1', 'b1'],
  ];
  return {
    options: {},
    attributes: { name: 'g', documents: [{ id: 'd' }] },
    nodes: ids.map((key) => ({ key, attributes: { name: key, type: 'Person', aliases: [], mentions: 1, documents: [] } })),
    edges: pairs.map(([source = '', target = '']) => ({
      key: `${source}|MET_WITH|${target}`,
      source,
      target,
      attributes: { type: 'MET_WITH', weight: 1, topics: [], evidence },
    })),
  };
}

describe('detectCommunities', () => {
  it('finds the two groups, numbered by size, with the lone entity in a community of its own', () => {
    const communities = detectCommunities(packExplorerData(twoGroups()));
    expect(new Set(communities.slice(0, 4)).size).toBe(1);
    expect(new Set(communities.slice(4, 8)).size).toBe(1);
    expect(communities[0]).not.toBe(communities[4]);
    expect([communities[0], communities[4]].sort()).toEqual([0, 1]);
    expect(communities[8]).toBe(2);
  });

  it('gives the same communities on every run', () => {
    expect(detectCommunities(packExplorerData(twoGroups()))).toEqual(detectCommunities(packExplorerData(twoGroups())));
  });
});
