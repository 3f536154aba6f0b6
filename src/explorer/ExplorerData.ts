/**
 * A graph packed for the explorer page: every string (sentence, name, rule, date...) is stored once in `strings` and
 * the records refer to it by index, so a sentence that states several relations, or a document cited by hundreds of
 * them, costs its text once. Tuples keep the JSON free of repeated field names. `-1` stands for an absent string.
 */
export interface ExplorerData {
  /** Bumped whenever the shape of these tuples changes. */
  version: 1;
  /** The graph's `name` attribute. */
  name: number;
  strings: string[];
  entityTypes: string[];
  relationTypes: string[];
  documents: PackedDocument[];
  nodes: PackedNode[];
  edges: PackedEdge[];
}

/** `[id, title, date, source]`: string indices. */
export type PackedDocument = [id: number, title: number, date: number, source: number];

/**
 * `[id, name, entity type index, mentions, x, y, aliases, documents, country]`; `documents` is flat pairs of
 * (document id, mentions in it); `country` is the country node id of a party or state body, -1 for none.
 */
export type PackedNode = [
  id: number,
  name: number,
  type: number,
  mentions: number,
  x: number,
  y: number,
  aliases: number[],
  documents: number[],
  country: number,
];

/**
 * `[key, source node, target node, relation type index, title, topics, evidence]`; `key` is -1 when it is the usual
 * `edgeKey` of the edge; `evidence` is flat groups of EVIDENCE_FIELDS numbers.
 */
export type PackedEdge = [
  key: number,
  source: number,
  target: number,
  type: number,
  title: number,
  topics: number[],
  evidence: number[],
];

/**
 * One evidence item in `PackedEdge` is (sentence, document id, start, end, rule, reason, verb, date): string indices
 * except the two offsets.
 */
export const EVIDENCE_FIELDS = 8;
