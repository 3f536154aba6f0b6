import type { EntityType } from './EntityType';

/**
 * How a gazetteer phrase names its entity; kept on mentions so resolution can explain itself. `letter`: a party's
 * initial after an American legislator's name (`R-Texas`), which names the party but acts in no relation of its own.
 */
export type NamingKind = 'name' | 'alias' | 'capital' | 'demonym' | 'organization' | 'company' | 'institution' | 'region' | 'party' | 'place' | 'media' | 'letter';

/** One phrase of general knowledge that names a known entity. */
export interface GazetteerEntry {
  /** The phrase as written in the source data. */
  readonly phrase: string;
  readonly entityId: string;
  readonly type: EntityType;
  /** Canonical name of the entity. */
  readonly name: string;
  readonly kind: NamingKind;
  /** Short all-capital forms (`US`, `WHO`) only match when written exactly so, never `us` or `who`. */
  readonly exactCase: boolean;
  /** For institutions and parties: the country they belong to (`country:united-kingdom`). */
  readonly countryId?: string;
  /**
   * The phrase names this entity only in an article about its country: an ordinary word (`Labour`, `Democrats`) or a
   * name other countries' bodies share (`Labour Party`, `SDP`).
   */
  readonly needsCountry?: boolean;
  /**
   * A name many countries give their own chambers (`Senate`), with the countries whose chamber bears it: the known
   * chamber's only in a story of its country's politics, else the chamber of the country the story is about.
   */
  readonly sharedBy?: readonly string[];
}
