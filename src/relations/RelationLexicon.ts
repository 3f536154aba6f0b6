import type { TriggerRule } from './TriggerRule';

/** Trigger rules indexed by every written form of their verbs and nouns (lower case). */
export interface RelationLexicon {
  readonly verbs: ReadonlyMap<string, TriggerRule>;
  readonly nouns: ReadonlyMap<string, TriggerRule>;
}
