import type { EntityType } from './EntityType';
import { slugify } from '../text/slugify';

/** The stable id of an entity: its type and the slug of its canonical name (`person:marco-rubio`). */
export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${slugify(name)}`;
}
