/** Why a predicted entity or a gold chain counts against the extractor. */
export type ChainErrorKind =
  /** A named person, organization or place chain no entity of a compatible type found. */
  | 'missed'
  /** A second entity of a chain an earlier entity already found. */
  | 'duplicate'
  /** An entity on a named person, organization or place chain with the wrong type (a place read as a Person). */
  | 'type'
  /** An entity on a named chain of another GUM type (a product, an event, a time). */
  | 'other'
  /** An entity none of whose mentions overlaps a GUM mention's minimal span. */
  | 'unannotated';

/** One error, for diagnostics: the document, its kind, and a readable description. */
export interface ChainError {
  doc: string;
  kind: ChainErrorKind;
  text: string;
}

/** How a corpus's extracted entities score against GUM's named chains, in one scope. */
export interface EntityChainScore {
  /** Entities that found a chain first / scored entities (duplicates, wrong types and unannotated ones included). */
  precision: number;
  /** Chains in scope found / chains in scope. */
  recall: number;
  f1: number;
  /** Entities on a chain an earlier entity of the document already found. */
  duplicates: number;
  /** Scored entities: those of the scope's types, less those on chains out of scope. */
  predicted: number;
  /** Named chains in scope. */
  chains: number;
  /** Missed chains and false-positive entities, document by document. */
  errors: ChainError[];
  /** Wrong types by `gum type -> Type` (`place -> Person`), counted. */
  confusions: Record<string, number>;
}
