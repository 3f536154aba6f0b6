import { edgeKey } from '../graph/edgeKey';
import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import { evidenceKey } from './evidenceKey';
import { LoadInputError } from './LoadInputError';
import type { RelationRow } from './RelationRowSchema';

/**
 * The relationship rows of a graph, one per edge key (`source|TYPE[:title]|target`, sorted), with the evidence
 * made distinct by `doc|start|end|rule` and the topics as an ordered set. An edge whose endpoint is not a node of
 * the graph is a `LoadInputError`: loading it would silently drop the relation.
 */
export function toRelationRows(graph: SerializedGraph): RelationRow[] {
  const nodes = new Set(graph.nodes.map((node) => node.key));
  const rows = new Map<string, RelationRow>();
  const seen = new Map<string, Set<string>>();
  for (const edge of graph.edges) {
    const missing = [edge.source, edge.target].find((id) => !nodes.has(id));
    if (missing !== undefined) throw new LoadInputError(`edge ${edge.key} points at ${missing}, which is not a node of the graph`);
    const { type, title, topics, evidence } = edge.attributes;
    const key = edgeKey({ source: edge.source, type, target: edge.target, title });
    const row = rows.get(key) ?? { key, type, source: edge.source, target: edge.target, title: title ?? null, topics: [], evidence: [] };
    rows.set(key, row);
    const seenKeys = seen.get(key) ?? new Set<string>();
    seen.set(key, seenKeys);
    for (const topic of topics) if (!row.topics.includes(topic)) row.topics.push(topic);
    for (const item of evidence) {
      const itemKey = evidenceKey(item);
      if (seenKeys.has(itemKey)) continue;
      seenKeys.add(itemKey);
      row.evidence.push({
        key: itemKey,
        doc: item.doc,
        sentence: item.sentence,
        start: item.start,
        end: item.end,
        rule: item.rule,
        reason: item.reason,
        verb: item.verb,
        date: item.date ?? null,
      });
    }
  }
  return [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
