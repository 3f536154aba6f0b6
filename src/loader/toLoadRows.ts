import { createHash } from 'node:crypto';
import { edgeKey } from '../graph/edgeKey';
import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import type { EntityType } from '../knowledge/EntityType';
import type { Evidence } from '../relations/EvidenceSchema';
import type { RelationType } from '../relations/RelationType';
import { LoaderError } from './LoaderError';

/** One `:Document` row of `mergeDocuments`; null fields keep what an earlier load stored. */
export interface DocumentRow {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  /** The hash of what the graph holds from this document (see documentHashes); a load that finds another replaces it. */
  hash: string;
}

/** One `:Entity` row of `mergeEntities`, with how often each document mentions it (its `MENTIONED_IN` links). */
export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  /** Sorted, distinct, without the name. */
  aliases: string[];
  /** The id of its country (parties, a state's bodies, towns and regions of one country), or null. */
  country: string | null;
  /** One per document, sorted by id; `count` is positive. */
  documents: { id: string; count: number }[];
}

/** One evidence item of a relation, with its identity `key`; the date is null where the article has none. */
export type EvidenceRow = Omit<Evidence, 'date'> & { key: string; date: string | null };

/** One relationship row of `mergeRelations`: an edge's identity, topics and evidence items. */
export interface RelationRow {
  /** The graph's edge key, `source|TYPE[:title]|target`: relationships merge on it. */
  key: string;
  type: RelationType;
  source: string;
  target: string;
  title: string | null;
  topics: string[];
  /** Distinct by `key` (`doc|start|end|rule`), in graph order. */
  evidence: EvidenceRow[];
}

/** The rows a load sends: documents, entities and relations of a graph. */
export interface LoadRows {
  documents: DocumentRow[];
  entities: EntityRow[];
  relations: RelationRow[];
}

/** The identity of one evidence item, `doc|start|end|rule`: a reload appends an item only when its key is new. */
export function evidenceKey(evidence: Pick<Evidence, 'doc' | 'start' | 'end' | 'rule'>): string {
  return `${evidence.doc}|${evidence.start}|${evidence.end}|${evidence.rule}`;
}

/**
 * The rows of a graph: its documents (its articles, plus any article an entity or an evidence item cites without the
 * graph listing it, so MENTIONED_IN and evidence never point at a missing document), its entities sorted by id, and
 * its relations, one per edge key (sorted), with distinct evidence and topics as an ordered set. An edge whose
 * endpoint is not a node of the graph is a NG_LOAD_INPUT_INVALID error: loading it would silently drop the relation.
 */
export function toLoadRows(graph: SerializedGraph): LoadRows {
  const entities = toEntityRows(graph);
  const relations = toRelationRows(graph);
  const hashes = documentHashes(entities, relations);
  const documents = toDocumentRows(graph).map((row) => ({ ...row, hash: hashOf(row, hashes.get(row.id)) }));
  return { documents, entities, relations };
}

/**
 * Per document, the hash of what is stored for it alone: the entities it mentions with their counts (MENTIONED_IN),
 * and every evidence item it gives with the relation it supports, in a canonical order (its metadata is added by
 * hashOf). An entity's name and aliases, or a relation's topics, merge across documents and are left out: a new
 * article naming an entity by another alias changes no other document's hash.
 */
function documentHashes(entities: readonly EntityRow[], relations: readonly RelationRow[]): Map<string, ReturnType<typeof createHash>> {
  const hashes = new Map<string, ReturnType<typeof createHash>>();
  const feed = (doc: string, part: unknown): void => {
    const hash = hashes.get(doc) ?? createHash('sha256');
    hashes.set(doc, hash);
    hash.update(JSON.stringify(part)).update('\n');
  };
  for (const entity of entities) {
    for (const { id, count } of entity.documents) feed(id, ['mention', entity.id, count]);
  }
  for (const relation of relations) {
    const items = [...relation.evidence].sort((a, b) => compare(a.key, b.key));
    for (const item of items) feed(item.doc, ['evidence', relation.key, item]);
  }
  return hashes;
}

function hashOf(row: Omit<DocumentRow, 'hash'>, content: ReturnType<typeof createHash> | undefined): string {
  const hash = content ?? createHash('sha256');
  return hash.update(JSON.stringify(['document', row.title, row.date, row.source])).digest('hex');
}

function toDocumentRows(graph: SerializedGraph): Omit<DocumentRow, 'hash'>[] {
  const rows = new Map<string, Omit<DocumentRow, 'hash'>>();
  const add = (id: string, meta: { title?: string; date?: string; source?: string } = {}): void => {
    const known = rows.get(id);
    rows.set(id, {
      id,
      title: known?.title ?? meta.title ?? null,
      date: known?.date ?? meta.date ?? null,
      source: known?.source ?? meta.source ?? null,
    });
  };
  for (const document of graph.attributes.documents) add(document.id, document);
  const cited = new Set<string>();
  for (const node of graph.nodes) for (const document of node.attributes.documents) cited.add(document.id);
  for (const edge of graph.edges) for (const evidence of edge.attributes.evidence) cited.add(evidence.doc);
  for (const id of [...cited].sort()) if (!rows.has(id)) add(id);
  return [...rows.values()];
}

function toEntityRows(graph: SerializedGraph): EntityRow[] {
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
          .sort(([a], [b]) => compare(a, b))
          .map(([id, count]) => ({ id, count })),
      };
    })
    .sort((a, b) => compare(a.id, b.id));
}

function toRelationRows(graph: SerializedGraph): RelationRow[] {
  const nodes = new Set(graph.nodes.map((node) => node.key));
  const rows = new Map<string, { row: RelationRow; seen: Set<string> }>();
  for (const edge of graph.edges) {
    const missing = [edge.source, edge.target].find((id) => !nodes.has(id));
    if (missing !== undefined) {
      throw new LoaderError(
        'NG_LOAD_INPUT_INVALID',
        `the graph cannot be loaded: edge ${edge.key} points at ${missing}, which is not a node of the graph`,
        'rebuild it with `newsgraph build`',
      );
    }
    const { type, title, topics, evidence } = edge.attributes;
    const key = edgeKey({ source: edge.source, type, target: edge.target, title });
    const entry = rows.get(key) ?? {
      row: { key, type, source: edge.source, target: edge.target, title: title ?? null, topics: [], evidence: [] },
      seen: new Set<string>(),
    };
    rows.set(key, entry);
    for (const topic of topics) if (!entry.row.topics.includes(topic)) entry.row.topics.push(topic);
    for (const item of evidence) {
      const itemKey = evidenceKey(item);
      if (entry.seen.has(itemKey)) continue;
      entry.seen.add(itemKey);
      const { doc, sentence, start, end, rule, reason, verb } = item;
      entry.row.evidence.push({ key: itemKey, doc, sentence, start, end, rule, reason, verb, date: item.date ?? null });
    }
  }
  return [...rows.values()].map((entry) => entry.row).sort((a, b) => compare(a.key, b.key));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
