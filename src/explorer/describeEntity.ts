import { describeEdge } from './describeEdge';
import { documentView } from './documentView';
import { entityRef } from './entityRef';
import type { ExplorerData } from './ExplorerData';
import type { EntityView, RelationGroup } from './ExplorerViews';
import { indexExplorerData } from './indexExplorerData';

/**
 * Everything about node `node` of the data: name, type, aliases, mentions, the documents naming it, and its relations
 * grouped by type (vocabulary order) and counterpart (most evidence first), each edge with every evidence sentence.
 */
export function describeEntity(data: ExplorerData, node: number): EntityView {
  const [, , , mentions = 0, , , aliases = [], documents = []] = data.nodes[node] ?? [];
  const index = indexExplorerData(data);
  const groups = new Map<string, RelationGroup>();
  for (const edge of index.incident[node] ?? []) {
    const view = describeEdge(data, edge);
    const direction = view.source.node === node ? 'out' : 'in';
    const counterpart = direction === 'out' ? view.target : view.source;
    const key = `${view.type}|${direction}|${counterpart.node}`;
    const group = groups.get(key) ?? { type: view.type, direction, counterpart, weight: 0, edges: [] };
    group.weight += view.weight;
    group.edges.push(view);
    groups.set(key, group);
  }
  const relations = data.relationTypes
    .map((type) => ({
      type,
      groups: [...groups.values()]
        .filter((group) => group.type === type)
        .sort((a, b) => b.weight - a.weight || a.counterpart.name.localeCompare(b.counterpart.name) || a.direction.localeCompare(b.direction))
        .map((group) => ({ ...group, edges: group.edges.sort((a, b) => b.weight - a.weight || (a.title ?? '').localeCompare(b.title ?? '')) })),
    }))
    .filter((relation) => relation.groups.length > 0);
  const mentionedIn: EntityView['documents'] = [];
  for (let at = 0; at + 1 < documents.length; at += 2) {
    mentionedIn.push({ ...documentView(data, documents[at] ?? -1), mentions: documents[at + 1] ?? 0 });
  }
  mentionedIn.sort((a, b) => b.mentions - a.mentions || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  return {
    ...entityRef(data, node),
    aliases: aliases.map((alias) => data.strings[alias] ?? ''),
    mentions,
    degree: index.degree[node] ?? 0,
    documents: mentionedIn,
    relations,
  };
}
