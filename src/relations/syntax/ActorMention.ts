import type { EntityType } from '../../knowledge/EntityType';
import type { NamingKind } from '../../knowledge/GazetteerEntry';

/** A resolved mention in a sentence, as relation rules see it. */
export interface ActorMention {
  readonly entity: string;
  readonly type: EntityType;
  /** Token indices, inclusive. */
  readonly first: number;
  readonly last: number;
  /**
   * How it was named: a demonym (`Ukrainian`) names its country only as the modifier of a group (`Ukrainian
   * negotiators`); a reference (`the bloc`) stands for an organization named earlier.
   */
  readonly kind: NamingKind | 'name' | 'reference';
}
