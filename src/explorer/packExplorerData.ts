import { edgeKey } from '../graph/edgeKey';
import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import { EntityTypeSchema } from '../knowledge/EntityType';
import { RELATION_TYPES } from '../relations/RelationType';
import type { ExplorerData, PackedEdge, PackedNode } from './ExplorerData';

/**
 * Packs a graph (as in graph.json) for the explorer page: strings interned once, records as tuples of indices (see
 * ExplorerData). Nodes without a layout position are packed at 0, 0; `unpackExplorerData` gives the graph back.
 */
export function packExplorerData(graph: SerializedGraph): ExplorerData {
  const strings: string[] = [];
  const indices = new Map<string, number>();
  const intern = (value: string | undefined): number => {
    if (value === undefined) return -1;
    let index = indices.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      indices.set(value, index);
    }
    return index;
  };
  const entityTypes: string[] = [...EntityTypeSchema.options];
  const relationTypes: string[] = [...RELATION_TYPES];
  const nodeIndex = new Map(graph.nodes.map((node, index) => [node.key, index]));

  const name = intern(graph.attributes.name);
  const documents = graph.attributes.documents.map(
    ({ id, title, date, source }) => [intern(id), intern(title), intern(date), intern(source)] as ExplorerData['documents'][number],
  );
  const nodes = graph.nodes.map(({ key, attributes }): PackedNode => [
    intern(key),
    intern(attributes.name),
    entityTypes.indexOf(attributes.type),
    attributes.mentions,
    attributes.x ?? 0,
    attributes.y ?? 0,
    attributes.aliases.map(intern),
    attributes.documents.flatMap(({ id, mentions }) => [intern(id), mentions]),
    attributes.country === undefined ? -1 : intern(attributes.country),
  ]);
  const edges = graph.edges.map(({ key, source, target, attributes }): PackedEdge => {
    const sourceIndex = nodeIndex.get(source);
    const targetIndex = nodeIndex.get(target);
    if (sourceIndex === undefined || targetIndex === undefined) {
      throw new RangeError(`edge ${key} joins ${sourceIndex === undefined ? source : target}, which is not a node of the graph`);
    }
    return [
      key === edgeKey({ source, target, type: attributes.type, title: attributes.title }) ? -1 : intern(key),
      sourceIndex,
      targetIndex,
      relationTypes.indexOf(attributes.type),
      intern(attributes.title),
      attributes.topics.map(intern),
      attributes.evidence.flatMap((item) => [
        intern(item.sentence),
        intern(item.doc),
        item.start,
        item.end,
        intern(item.rule),
        intern(item.reason),
        intern(item.verb),
        intern(item.date),
      ]),
    ];
  });
  return { version: 1, name, strings, entityTypes, relationTypes, documents, nodes, edges };
}
