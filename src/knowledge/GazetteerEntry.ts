import type { EntityType } from './EntityType';

/** How a gazetteer phrase names its entity; kept on mentions so resolution can explain itself. */
export type NamingKind = 'name' | 'alias' | 'capital' | 'demonym' | 'organization' | 'institution' | 'region';

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
  /** For institutions: the country whose government it is. */
  readonly countryId?: string;
}
