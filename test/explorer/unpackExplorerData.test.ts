import { unpackExplorerData } from '../../src/explorer/unpackExplorerData';
import { nodeIndex, sampleData } from './sampleData';

describe('unpackExplorerData', () => {
  it('keeps only the nodes let through, and the edges between two of them', () => {
    const data = sampleData();
    const ukraine = nodeIndex(data, 'country:ukraine');
    const graph = unpackExplorerData(data, { node: (node) => node !== ukraine });
    expect(graph.nodes.map(({ key }) => key)).not.toContain('country:ukraine');
    expect(graph.edges.map(({ key }) => key)).toEqual(['person:marco-rubio|HOLDS_ROLE:Secretary of State|country:united-states']);
  });

  it('keeps only the evidence within the dates, recounts weights, and drops edges left without any', () => {
    const graph = unpackExplorerData(sampleData(), { evidenceDate: (date) => date !== undefined });
    const criticized = graph.edges.find(({ key }) => key === 'country:united-states|CRITICIZED|country:ukraine');
    // b.txt is undated: its sentence goes, a.txt's stays.
    expect(criticized?.attributes.weight).toBe(1);
    expect(criticized?.attributes.evidence.map(({ doc }) => doc)).toEqual(['a.txt']);
    expect(graph.edges).toHaveLength(3);
    expect(unpackExplorerData(sampleData(), { evidenceDate: () => false }).edges).toEqual([]);
  });

  it('keeps only the edges let through', () => {
    const data = sampleData();
    const graph = unpackExplorerData(data, { edge: (edge) => edge === 0 });
    expect(graph.edges).toHaveLength(1);
    expect(graph.nodes).toHaveLength(data.nodes.length);
  });
});
