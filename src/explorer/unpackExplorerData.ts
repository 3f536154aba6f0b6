import { edgeKey } from '../graph/edgeKey';
import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import type { EntityType } from '../knowledge/EntityType';
import type { RelationType } from '../relations/RelationType';
import { EVIDENCE_FIELDS, type ExplorerData } from './ExplorerData';

/**
 * The graph an ExplorerData was packed from, as graph.json holds it; with `keep`, only the nodes, edges and evidence
 * (by date) it lets through: the explorer's filtered view, exported as GraphML. An edge is kept only with both of its
 * ends and at least one evidence item, and its weight counts the items kept.
 */
export function unpackExplorerData(
  data: ExplorerData,
  keep: { node?: (index: number) => boolean; edge?: (index: number) => boolean; evidenceDate?: (date: string | undefined) => boolean } = {},
): SerializedGraph {
  const text = (index: number): string => data.strings[index] ?? '';
  const optional = (index: number): string | undefined => (index < 0 ? undefined : text(index));
  const keptNode = (index: number) => keep.node?.(index) ?? true;

  const nodes: SerializedGraph['nodes'] = [];
  data.nodes.forEach(([id, name, type, mentions, x, y, aliases, documents, country], index) => {
    if (!keptNode(index)) return;
    const counts: { id: string; mentions: number }[] = [];
    for (let at = 0; at + 1 < documents.length; at += 2) counts.push({ id: text(documents[at] ?? -1), mentions: documents[at + 1] ?? 0 });
    nodes.push({
      key: text(id),
      attributes: {
        name: text(name),
        type: data.entityTypes[type] as EntityType,
        aliases: aliases.map(text),
        mentions,
        documents: counts,
        ...(country >= 0 ? { country: text(country) } : {}),
        x,
        y,
      },
    });
  });

  const edges: SerializedGraph['edges'] = [];
  data.edges.forEach(([key, sourceIndex, targetIndex, typeIndex, titleIndex, topics, evidence], index) => {
    if (!keptNode(sourceIndex) || !keptNode(targetIndex) || !(keep.edge?.(index) ?? true)) return;
    const source = text(data.nodes[sourceIndex]?.[0] ?? -1);
    const target = text(data.nodes[targetIndex]?.[0] ?? -1);
    const type = data.relationTypes[typeIndex] as RelationType;
    const title = optional(titleIndex);
    const items: SerializedGraph['edges'][number]['attributes']['evidence'] = [];
    for (let at = 0; at + EVIDENCE_FIELDS <= evidence.length; at += EVIDENCE_FIELDS) {
      const [sentence = -1, doc = -1, start = 0, end = 0, rule = -1, reason = -1, verb = -1, date = -1] = evidence.slice(at, at + EVIDENCE_FIELDS);
      const dated = optional(date);
      if (keep.evidenceDate && !keep.evidenceDate(dated)) continue;
      items.push({ doc: text(doc), sentence: text(sentence), start, end, rule: text(rule), reason: text(reason), verb: text(verb), ...(dated === undefined ? {} : { date: dated }) });
    }
    if (items.length === 0) return;
    edges.push({
      key: key < 0 ? edgeKey({ source, target, type, title }) : text(key),
      source,
      target,
      attributes: { type, weight: items.length, ...(title === undefined ? {} : { title }), topics: topics.map(text), evidence: items },
    });
  });

  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: {
      name: text(data.name),
      documents: data.documents.map(([id, title, date, source]) => {
        const [titleText, dateText, sourceText] = [optional(title), optional(date), optional(source)];
        return {
          id: text(id),
          ...(titleText === undefined ? {} : { title: titleText }),
          ...(dateText === undefined ? {} : { date: dateText }),
          ...(sourceText === undefined ? {} : { source: sourceText }),
        };
      }),
    },
    nodes,
    edges,
  };
}
