import type { TriggerRule } from './TriggerRule';

/** Trigger rules indexed by every written form of their verbs, and by their nouns and judging words (lower case). */
export interface RelationLexicon {
  readonly verbs: ReadonlyMap<string, TriggerRule>;
  readonly nouns: ReadonlyMap<string, TriggerRule>;
  readonly judgments: ReadonlyMap<string, TriggerRule>;
}
