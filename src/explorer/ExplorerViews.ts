// What the explorer page and `newsgraph show` display, read out of an ExplorerData: plain values, no indices to chase.

/** An entity as a link target: its node index in the data, id, name and type. */
export interface EntityRef {
  node: number;
  id: string;
  name: string;
  type: string;
}

/** A document of the graph (id, and title, date, source when known). */
export interface DocumentView {
  id: string;
  title?: string;
  date?: string;
  source?: string;
}

/** One sentence stating a relation, with where the two parties stand in it. */
export interface EvidenceView {
  sentence: string;
  /** Spans of the sentence naming the source or the target (locateMentions), sorted by start. */
  marks: { start: number; end: number; party: 'source' | 'target' }[];
  document: DocumentView;
  /** The evidence date (the document's), when known. */
  date?: string;
  rule: string;
  reason: string;
  verb: string;
}

/** One relation edge with all its evidence. */
export interface EdgeView {
  edge: number;
  key: string;
  type: string;
  title?: string;
  source: EntityRef;
  target: EntityRef;
  weight: number;
  topics: string[];
  evidence: EvidenceView[];
}

/** The edges of one relation type between an entity and one counterpart, in one direction. */
export interface RelationGroup {
  type: string;
  /** `out`: the entity is the source (it criticized the counterpart); `in`: the counterpart is. */
  direction: 'out' | 'in';
  counterpart: EntityRef;
  /** Evidence items over the group's edges. */
  weight: number;
  /** One edge, or several for offices (HOLDS_ROLE keyed by title). */
  edges: EdgeView[];
}

/** Everything the Details panel and `newsgraph show --entity` say about one entity. */
export interface EntityView extends EntityRef {
  aliases: string[];
  mentions: number;
  degree: number;
  /** The documents that mention it, most mentions first. */
  documents: (DocumentView & { mentions: number })[];
  /** Its relations by type (vocabulary order), then by counterpart (most evidence first). */
  relations: { type: string; groups: RelationGroup[] }[];
}
