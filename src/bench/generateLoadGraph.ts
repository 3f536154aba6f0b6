import { EntityTypeSchema } from '../knowledge/EntityType';
import { edgeKey } from '../graph/edgeKey';
import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import { RELATION_TYPES } from '../relations/RelationType';
import { createRng } from './createRng';

const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Spokesman', 'Secretary of State'];

/**
 * A synthetic graph for the load bench, shaped like a news graph: entities of every type mentioned in a few of the
 * documents, and `relationships` distinct edges of random types (roles with a title), each with one or two pieces
 * of evidence. Ids live in `namespace` (`person:<namespace>-12`, `<namespace>/3.txt`); the same seed gives the same graph.
 */
export function generateLoadGraph(options: {
  namespace: string;
  entities: number;
  relationships: number;
  documents: number;
  seed: number;
}): SerializedGraph {
  const { namespace, entities, relationships, documents, seed } = options;
  if (relationships > entities * (entities - 1) * RELATION_TYPES.length) throw new RangeError('too many relationships for so few entities');
  const random = createRng(seed);
  const pick = (count: number): number => Math.floor(random() * count);
  const types = EntityTypeSchema.options;
  const documentIds = Array.from({ length: documents }, (_, index) => `${namespace}/${index}.txt`);
  const nodes: SerializedGraph['nodes'] = Array.from({ length: entities }, (_, index) => {
    const type = types[index % types.length] ?? 'Person';
    const mentionedIn = [...new Set(Array.from({ length: 1 + pick(3) }, () => documentIds[pick(documents)] ?? ''))].sort();
    const counts = mentionedIn.map((id) => ({ id, mentions: 1 + pick(4) }));
    return {
      key: `${type.toLowerCase()}:${namespace}-${index}`,
      attributes: {
        name: `${type} ${index}`,
        type,
        aliases: [`${type.slice(0, 3)}. ${index}`],
        mentions: counts.reduce((total, document) => total + document.mentions, 0),
        documents: counts,
      },
    };
  });
  const edges: SerializedGraph['edges'] = [];
  const keys = new Set<string>();
  while (edges.length < relationships) {
    const source = nodes[pick(entities)]?.key ?? '';
    const target = nodes[pick(entities)]?.key ?? '';
    const type = RELATION_TYPES[pick(RELATION_TYPES.length)] ?? 'CRITICIZED';
    const title = type === 'HOLDS_ROLE' ? TITLES[pick(TITLES.length)] : undefined;
    const key = edgeKey({ source, type, target, title });
    if (source === target || keys.has(key)) continue;
    keys.add(key);
    const evidence = Array.from({ length: 1 + pick(2) }, (_, item) => {
      const start = pick(5000);
      const doc = documentIds[pick(documents)] ?? '';
      return {
        doc,
        sentence: `Sentence ${item} where ${source} ${type.toLowerCase().replace(/_/g, ' ')} ${target}, as the article reports.`,
        start,
        end: start + 80,
        rule: `${type.toLowerCase()}-bench`,
        reason: `a generated statement of ${type}`,
        verb: type.toLowerCase(),
        date: `2025-11-${String(1 + pick(28)).padStart(2, '0')}`,
      };
    });
    edges.push({
      key,
      source,
      target,
      attributes: { type, weight: evidence.length, ...(title ? { title } : {}), topics: [], evidence },
    });
  }
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { name: namespace, documents: documentIds.map((id) => ({ id, title: `Generated article ${id}` })) },
    nodes,
    edges,
  };
}
