import { entityId } from '../knowledge/entityId';
import type { Mention } from '../mentions/MentionSchema';
import type { Entity } from './EntitySchema';

/**
 * How a mention names its entity, for a country: by its adjective (`the Spanish newspaper`), by its capital as the
 * place where something happens (`talks in Doha`), or by a name that stands for the state (`Spain`, `Kyiv said`).
 */
export type CountryNaming = 'adjective' | 'place' | 'name';

/**
 * A document's entities and mentions without the countries it names only in passing, by their adjective or their
 * capital as a place, and of which it states nothing (`related`: the ids its relations tie): `the Spanish newspaper El
 * Pais` names no Spain, `talks in Doha` name Doha, a place of Qatar, and not the state. An adjective's mentions go; a
 * capital's become the mentions of a place of that name. `ways` tells how each mention names its entity, in the order
 * of `mentions`.
 */
export function withoutPassingCountries(
  entities: readonly Entity[],
  mentions: readonly Mention[],
  ways: readonly CountryNaming[],
  related: ReadonlySet<string>,
): { entities: Entity[]; mentions: Mention[] } {
  const namedOutright = new Set(mentions.filter((_, at) => (ways[at] ?? 'name') === 'name').map((mention) => mention.entity));
  const passing = new Set(entities.filter((entity) => entity.type === 'Country' && !namedOutright.has(entity.id) && !related.has(entity.id)).map((entity) => entity.id));
  if (passing.size === 0) return { entities: [...entities], mentions: [...mentions] };
  const rest = entities.filter((entity) => !passing.has(entity.id));
  const places = new Map<string, Entity>();
  const kept = mentions.flatMap((mention, at): Mention[] => {
    if (!passing.has(mention.entity)) return [mention];
    if (ways[at] !== 'place') return [];
    const id = entityId('Location', mention.text);
    if (!places.has(id) && !rest.some((entity) => entity.id === id)) places.set(id, { id, type: 'Location', name: mention.text, aliases: [], country: mention.entity });
    return [{ ...mention, entity: id, type: 'Location' }];
  });
  return { entities: [...rest, ...places.values()], mentions: kept };
}
