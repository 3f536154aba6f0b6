import type { Entity } from './EntitySchema';

/**
 * The country an entity is or belongs to (a country itself, or the `country` of a party or body), if any; a town's or
 * region's country is where it lies, no side it takes (a story is often told from somewhere else than it is about).
 */
export function countryOfEntity(entity: Pick<Entity, 'id' | 'type' | 'country'>): string | undefined {
  return entity.type === 'Country' ? entity.id : entity.type === 'Location' ? undefined : entity.country;
}
