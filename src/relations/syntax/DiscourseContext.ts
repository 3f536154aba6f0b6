import type { ActorMention } from './ActorMention';
import type { Sex } from '../../mentions/sexOfName';

/**
 * What earlier sentences of the document tell later ones: the last plan with a named owner, who did the last acts
 * (`ruled`, `fined`), the last person named first, the only country or body the previous sentence named, the offices
 * people were said to hold, and who accused whom.
 */
export interface DiscourseContext {
  /** The most recent `X-backed plan`, `X's proposal`: whose plan `it` and `the plan` refer to. */
  readonly plan?: { readonly owner: string; readonly topic: string; readonly sentence: number };
  /**
   * Who last did each act, and to whom where a relation told it, by the nouns that refer back to it (`ruling`, `fine`):
   * whose ruling `the ruling` is; `sides` where both did it (an agreement's sides).
   */
  readonly acts?: ReadonlyMap<string, { readonly actor: string; readonly target?: string; readonly sides?: true }>;
  /** The person the previous sentence is about (named first outside a prepositional phrase): who `he` or `she` is. */
  readonly lastPerson?: string;
  /** The people named so far, the most recent first, and the sex their names or titles tell: whom `she` cannot mean. */
  readonly people?: readonly string[];
  readonly sexes?: ReadonlyMap<string, Sex>;
  /** The only country or organization the previous sentence named, or the one it opened with: what `its` refers to. */
  readonly lastParty?: string;
  /** The only country or organization the previous sentence named: what `the company` or `the union` refers to. */
  readonly onlyParty?: string;
  /** The country or body of the office each person was last said to hold: whose minister `his foreign minister` is. */
  readonly offices?: ReadonlyMap<string, string>;
  /** Who last accused each party, by the accused party's id: whom `X denied the accusation` answers. */
  readonly accusers?: ReadonlyMap<string, string>;
  /** Who last pressed each party (urged, asked, ordered it), by the pressed party's id: whom `X refused` answers. */
  readonly pressers?: ReadonlyMap<string, string>;
  /** The bodies the document names as parties anywhere (`the ruling X` ... `X's candidate`): what a later sentence's bare name is. */
  readonly parties?: ReadonlySet<string>;
  /** The mentions of the last sentences, the most recent first: whom `both men` and `the two governments` mean. */
  readonly named?: readonly (readonly ActorMention[])[];
  /** Index of the current sentence in the document. */
  readonly sentence: number;
}
