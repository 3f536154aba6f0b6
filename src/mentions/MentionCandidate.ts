import type { EntityType } from '../knowledge/EntityType';
import type { GazetteerEntry } from '../knowledge/GazetteerEntry';

/** A span of one sentence that names an entity, before resolution gives it an id. */
export interface MentionCandidate {
  /** Token indices in the sentence, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly type: EntityType;
  /** The name as written, without honorifics or possessive. */
  readonly surface: string;
  /** Block-local offsets of `surface`. */
  readonly start: number;
  readonly end: number;
  /** Set when general knowledge names it. */
  readonly known?: GazetteerEntry;
  /**
   * Bodies of different countries the phrase may name (`Labour`: the British, Irish, ... Labour parties), or the one
   * that it names only in an article about its country (`Democrats`): the article decides (see chooseCountryEntries).
   */
  readonly options?: readonly GazetteerEntry[];
  /** The options' word stands before an office or a name (`Labour MP X`): a party for sure, if not whose. */
  readonly partyWord?: boolean;
  /** A lone capitalized word kept only if it resolves to a full name met in the document. */
  readonly needsSupport: boolean;
  /** `Lord Levy`, `Justice Mann`: the peerage or judge's style the name was written after, by which one named by surname alone is known. */
  readonly peerage?: string;
  /** `King Vosk`: the royal or papal title a one-word name was written after, with which it names the person. */
  readonly regnal?: string;
  /** `President Vosk`, `Mr Vosk`: a person's name written after a title or honorific, a person's for sure. */
  readonly titled?: boolean;
  /** `Mr Blair`, `Sir Ian Blair`: the courtesy title written right before the name, in lower case. */
  readonly courtesy?: string;
  /** `Kessel Trent's shares`, `Aer Vosk said it`: an organization by what it owns or how it speaks, whatever its words look like elsewhere in the document. */
  readonly company?: boolean;
  /**
   * `Everton chairman X`, `Leicester beat Bath`, `the chairman of Santander`: a town's or region's name read as a body's
   * (its club, or a company named after it), which the article's other mentions of the name are too.
   */
  readonly townBody?: boolean;
  /** `Rapid Support Forces (RSF)`: the name this bracketed acronym abbreviates, in the same sentence. */
  readonly sameAs?: MentionCandidate;
}
