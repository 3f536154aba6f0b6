import type { Entity } from '../entities/EntitySchema';

/**
 * The organizations an article names that `kind` accepts (`mentioned`: the entity id of each mention), most named
 * first, with how many times each is named.
 */
export function rankOrganizations(mentioned: readonly string[], entities: readonly Entity[], kind: (entity: Entity) => boolean): [string, number][] {
  const bodies = new Set(entities.filter((entity) => entity.type === 'Organization' && kind(entity)).map((entity) => entity.id));
  const counts = new Map<string, number>();
  for (const id of mentioned) if (bodies.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
