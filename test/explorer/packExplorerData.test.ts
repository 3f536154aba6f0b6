import { EVIDENCE_FIELDS } from '../../src/explorer/ExplorerData';
import { layoutGraph } from '../../src/explorer/layoutGraph';
import { packExplorerData } from '../../src/explorer/packExplorerData';
import { unpackExplorerData } from '../../src/explorer/unpackExplorerData';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { sampleGraph } from '../exporters/sampleGraph';

function serialized(): SerializedGraph {
  return layoutGraph(sampleGraph()).export() as SerializedGraph;
}

describe('packExplorerData', () => {
  it('unpacks to the very graph it packed, markup and control characters included', () => {
    const graph = serialized();
    expect(unpackExplorerData(packExplorerData(graph))).toEqual(JSON.parse(JSON.stringify(graph)));
  });

  it('stores every string once, however many records use it', () => {
    const graph = serialized();
    // The same sentence stated as two relations, and a third citing the same document.
    const [first, second] = graph.edges;
    if (!first || !second) throw new Error('the sample graph has edges');
    second.attributes.evidence = [{ ...second.attributes.evidence[0]!, sentence: first.attributes.evidence[0]!.sentence }];
    const data = packExplorerData(graph);
    expect(new Set(data.strings).size).toBe(data.strings.length);
    expect(data.strings.filter((text) => text === first.attributes.evidence[0]!.sentence)).toHaveLength(1);
    expect(data.strings.filter((text) => text === 'a.txt')).toHaveLength(1);
  });

  it('keeps an edge key only when it is not the usual source|TYPE|target key', () => {
    const graph = serialized();
    graph.edges[0]!.key = 'custom-key';
    const data = packExplorerData(graph);
    expect(data.edges.map(([key]) => (key < 0 ? -1 : data.strings[key]))).toEqual(graph.edges.map((_, index) => (index === 0 ? 'custom-key' : -1)));
  });

  it('packs each evidence item as a fixed number of fields', () => {
    const graph = serialized();
    const data = packExplorerData(graph);
    expect(data.edges.map(([, , , , , , evidence]) => evidence.length)).toEqual(
      graph.edges.map((edge) => edge.attributes.evidence.length * EVIDENCE_FIELDS),
    );
  });

  it('refuses an edge whose end is not a node', () => {
    const graph = serialized();
    graph.edges[0]!.target = 'country:atlantis';
    expect(() => packExplorerData(graph)).toThrow(/country:atlantis/);
  });
});
