import type { ExplorerData } from './ExplorerData';
import type { EntityRef } from './ExplorerViews';

/** The EntityRef of node `node` of the data. */
export function entityRef(data: ExplorerData, node: number): EntityRef {
  const [id = -1, name = -1, type = -1] = data.nodes[node] ?? [];
  return { node, id: data.strings[id] ?? '', name: data.strings[name] ?? '', type: data.entityTypes[type] ?? '' };
}
