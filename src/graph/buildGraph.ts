import { MultiDirectedGraph } from 'graphology';
import type { DocumentExtraction } from '../pipeline/DocumentExtractionSchema';
import type { EdgeAttributes } from './EdgeAttributesSchema';
import type { NewsGraph } from './NewsGraph';
import type { NodeAttributes } from './NodeAttributesSchema';
import { edgeKey } from './edgeKey';

/** Builds the corpus graph: one node per entity id, one edge per (source, type, target) with all its evidence. */
export function buildGraph(extractions: readonly DocumentExtraction[]): NewsGraph {
  const graph: NewsGraph = new MultiDirectedGraph();
  graph.replaceAttributes({
    name: 'newsgraph',
    documents: extractions.map(({ id, title, date, source }) => ({ id, title, date, source })),
  });
  const documentsOf = new Map<string, NodeAttributes['documents'][number][]>();
  const evidenceOf = new Map<string, EdgeAttributes['evidence'][number][]>();
  for (const extraction of extractions) {
    for (const entity of extraction.entities) {
      // addNode, not mergeNode: merging these defaults would reset the counts of earlier documents.
      if (!graph.hasNode(entity.id)) {
        const country = entity.country ? { country: entity.country } : {};
        graph.addNode(entity.id, { name: entity.name, type: entity.type, aliases: [], ...country, mentions: 0, documents: [] });
      } else if (entity.country) graph.setNodeAttribute(entity.id, 'country', entity.country);
      graph.updateNodeAttribute(entity.id, 'aliases', (aliases = []) => mergeAliases(aliases, entity.aliases, entity.name));
    }
    const counts = new Map<string, number>();
    for (const mention of extraction.mentions) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
    for (const [entity, mentions] of counts) {
      if (!graph.hasNode(entity)) continue;
      graph.updateNodeAttributes(entity, (attributes) => ({ ...attributes, mentions: attributes.mentions + mentions }));
      // Gathered here and sorted once at the end: a list copied and sorted per document grew as the square of the corpus.
      const documents = documentsOf.get(entity);
      if (documents) documents.push({ id: extraction.id, mentions });
      else documentsOf.set(entity, [{ id: extraction.id, mentions }]);
    }
    for (const relation of extraction.relations) {
      const key = edgeKey(relation);
      if (!graph.hasEdge(key)) {
        graph.addDirectedEdgeWithKey(key, relation.source, relation.target, {
          type: relation.type,
          weight: 0,
          ...(relation.title ? { title: relation.title } : {}),
          topics: [],
          evidence: [],
        });
      }
      graph.updateEdgeAttributes(key, (attributes) => ({
        ...attributes,
        weight: attributes.weight + 1,
        topics: relation.topic && !attributes.topics.includes(relation.topic) ? [...attributes.topics, relation.topic] : attributes.topics,
      }));
      const evidence = evidenceOf.get(key);
      if (evidence) evidence.push(relation.evidence);
      else evidenceOf.set(key, [relation.evidence]);
    }
  }
  for (const [entity, documents] of documentsOf) graph.setNodeAttribute(entity, 'documents', documents.sort((a, b) => a.id.localeCompare(b.id)));
  for (const [key, evidence] of evidenceOf) graph.setEdgeAttribute(key, 'evidence', evidence);
  return graph;
}

function mergeAliases(current: readonly string[], added: readonly string[], name: string): string[] {
  return [...new Set([...current, ...added])].filter((alias) => alias !== name).sort();
}
