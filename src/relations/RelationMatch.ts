import type { RelationType } from './RelationType';

/** A relation one rule read in one sentence, before evidence is attached. */
export interface RelationMatch {
  readonly type: RelationType;
  readonly source: string;
  readonly target: string;
  readonly title?: string;
  readonly topic?: string;
  /** Rule id (`verb-active:criticize`) and reason. */
  readonly rule: string;
  readonly reason: string;
  /** Token index of the verb or trigger word. */
  readonly trigger: number;
  /** Last token of a trigger phrase (`Foreign Minister`), when it is longer than a word. */
  readonly triggerLast?: number;
  /** The target is a side of an accord told before (`X welcomed the agreement`), which the source's own post or party is not. */
  readonly sides?: true;
}
