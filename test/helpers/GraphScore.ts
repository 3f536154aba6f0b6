/** How a graph scores against a gold annotation, with what it missed and what it added, as score-graph.mjs reports it. */
export interface GraphScore {
  entities: {
    /** Matched Person, Country and Organization nodes / all such nodes (a duplicate counts as a false positive). */
    precision: number;
    /** Required gold entities found / required gold entities. */
    recall: number;
    f1: number;
    /** Nodes matching a gold entity an earlier node already matched. */
    duplicates: number;
    /** Scored nodes (Person, Country, Organization). */
    predicted: number;
    /** Required gold entities no node matched, as `Type:Name`. */
    missed: string[];
    /** `Type:name` of unmatched nodes, `duplicate Type:name` of duplicates. */
    falsePositives: string[];
  };
  relations: {
    precision: number;
    /** Required gold relations reached / required gold relations. */
    recall: number;
    f1: number;
    /** Distinct predicted triples, not counting a second triple reaching an already matched gold relation. */
    predicted: number;
    /** Required gold relations not reached, as `subject|TYPE|object` gold ids. */
    missed: string[];
    /** Unmatched triples as `subject|TYPE|object`: gold ids, or `?nodeKey` for a node matching no gold entity. */
    falsePositives: string[];
  };
  /** Share of matched relations whose evidence contains one of the gold quotes. */
  evidence: number;
}
