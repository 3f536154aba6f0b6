import { countryOfEntity } from '../entities/countryOfEntity';
import type { Entity } from '../entities/EntitySchema';

// A party, chamber or seat of government says more about whose politics an article covers than the country's name,
// which a story about another country names too (as chooseCountryEntries weighs them).
const BODY_WEIGHT = 2;
const COUNTRY_WEIGHT = 1;

/**
 * The countries an article names (`mentioned`: the entity id of each mention), heaviest first: each mention of a
 * country, its capital or demonym weighs once, each mention of one of its parties, chambers or bodies twice.
 */
export function rankCountries(mentioned: readonly string[], entities: readonly Entity[]): [string, number][] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const weights = new Map<string, number>();
  for (const id of mentioned) {
    const entity = byId.get(id);
    const country = entity && countryOfEntity(entity);
    if (entity && country) weights.set(country, (weights.get(country) ?? 0) + (country === entity.id ? COUNTRY_WEIGHT : BODY_WEIGHT));
  }
  return [...weights].sort((a, b) => b[1] - a[1]);
}
