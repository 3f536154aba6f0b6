import type { Entity } from './EntitySchema';

/** The country an entity is or belongs to (a country itself, or the `country` of a party or body), if any. */
export function countryOfEntity(entity: Pick<Entity, 'id' | 'type' | 'country'>): string | undefined {
  return entity.type === 'Country' ? entity.id : entity.country;
}
