import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import type { EntityRow } from './EntityRowSchema';

/** The `:Entity` rows of a graph, sorted by id: aliases as a sorted set without the name, the country or null, mentions per document. */
export function toEntityRows(graph: SerializedGraph): EntityRow[] {
  return graph.nodes
    .map(({ key, attributes }) => {
      const counts = new Map<string, number>();
      for (const document of attributes.documents) counts.set(document.id, (counts.get(document.id) ?? 0) + document.mentions);
      return {
        id: key,
        type: attributes.type,
        name: attributes.name,
        aliases: [...new Set(attributes.aliases)].filter((alias) => alias !== attributes.name).sort(),
        country: attributes.country ?? null,
        documents: [...counts]
          .filter(([, count]) => count > 0)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([id, count]) => ({ id, count })),
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
