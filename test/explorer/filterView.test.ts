import type { ExplorerData } from '../../src/explorer/ExplorerData';
import type { ExplorerFilters } from '../../src/explorer/ExplorerFilters';
import { filterView } from '../../src/explorer/filterView';
import { nodeIndex, sampleData } from './sampleData';

describe('filterView', () => {
  const data = sampleData();
  const all = (): ExplorerFilters => ({
    entityTypes: new Set(data.entityTypes.map((_, index) => index)),
    relationTypes: new Set(data.relationTypes.map((_, index) => index)),
    minWeight: 1,
    hideIsolated: false,
  });
  const shownIds = (view: ReturnType<typeof filterView>) => data.nodes.filter((_, node) => view.nodes[node]).map(([id]) => data.strings[id]);
  const shownEdges = (view: ReturnType<typeof filterView>, source: ExplorerData = data) =>
    source.edges.filter((_, edge) => view.edges[edge]).map(([, , , type]) => source.relationTypes[type]);

  it('shows everything with every filter open', () => {
    const view = filterView(data, all());
    expect([view.shownNodes, view.shownEdges]).toEqual([data.nodes.length, data.edges.length]);
  });

  it('hides an entity type and the relations of its entities', () => {
    const view = filterView(data, { ...all(), entityTypes: new Set([data.entityTypes.indexOf('Country'), data.entityTypes.indexOf('Organization')]) });
    expect(shownIds(view)).not.toContain('person:marco-rubio');
    expect(shownEdges(view)).toEqual(['CRITICIZED', 'PRESSURED']);
  });

  it('hides a relation type but keeps its entities', () => {
    const view = filterView(data, { ...all(), relationTypes: new Set([data.relationTypes.indexOf('PRESSURED')]) });
    expect(shownEdges(view)).toEqual(['PRESSURED']);
    expect(view.shownNodes).toBe(data.nodes.length);
  });

  it('counts only the evidence within the dates, and leaves out undated documents while a bound is set', () => {
    const view = filterView(data, { ...all(), from: '2025-11-24', to: '2025-11-24' });
    const criticized = data.edges.findIndex(([, , , type]) => data.relationTypes[type] === 'CRITICIZED');
    expect(view.weights[criticized]).toBe(1);
    // Rubio is named in a.txt (dated that day) and b.txt (undated): still shown.
    expect(view.nodes[nodeIndex(data, 'person:marco-rubio')]).toBe(true);
    const later = filterView(data, { ...all(), from: '2025-11-25' });
    expect([later.shownNodes, later.shownEdges]).toEqual([0, 0]);
  });

  it('hides edges with less evidence than the minimum', () => {
    expect(shownEdges(filterView(data, { ...all(), minWeight: 2 }))).toEqual(['CRITICIZED']);
  });

  it('hides entities left without a shown relation when asked', () => {
    const view = filterView(data, { ...all(), minWeight: 2, hideIsolated: true });
    expect(shownIds(view).sort()).toEqual(['country:ukraine', 'country:united-states']);
  });
});
