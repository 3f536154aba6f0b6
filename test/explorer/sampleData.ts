import { layoutGraph } from '../../src/explorer/layoutGraph';
import { packExplorerData } from '../../src/explorer/packExplorerData';
import type { ExplorerData } from '../../src/explorer/ExplorerData';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { sampleGraph } from '../exporters/sampleGraph';

/** The exporters' sample graph (Rubio, the United States, Ukraine, a body with markup in its name), laid out and packed. */
export function sampleData(): ExplorerData {
  return packExplorerData(layoutGraph(sampleGraph()).export() as SerializedGraph);
}

/** The index of the node with this id in packed data. */
export function nodeIndex(data: ExplorerData, id: string): number {
  const index = data.nodes.findIndex(([key]) => data.strings[key] === id);
  if (index < 0) throw new Error(`no node ${id} in the sample data`);
  return index;
}
