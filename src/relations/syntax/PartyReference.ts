import type { ActorMention } from './ActorMention';

/** Who a subject or object phrase refers to: named actors, or the owner of a plan, with the plan as topic. */
export interface PartyReference {
  readonly entities: readonly string[];
  /** Token index where the phrase starts (for subjects) or ends (for objects). */
  readonly edge: number;
  readonly topic?: string;
  readonly mentions: readonly ActorMention[];
  /** The parties are the sides of an accord told before (`the agreement`): RelationMatch's `sides`. */
  readonly sides?: true;
}
