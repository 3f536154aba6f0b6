import type { MentionCandidate } from '../mentions/MentionCandidate';
import { entityId } from '../knowledge/entityId';
import type { Entity } from './EntitySchema';
import { personKey } from './personKey';

/** Gives every mention candidate of a document its entity: known names by general knowledge, surnames by the full name met in the document. */
export function resolveDocumentEntities(sentences: readonly (readonly MentionCandidate[])[]): {
  entities: Entity[];
  /** For each sentence, for each candidate, its entity id, or undefined where it names nothing kept. */
  ids: (string | undefined)[][];
} {
  const all = sentences.flat();
  const fullNames = new Map<string, string[]>(); // person key -> surfaces
  for (const candidate of all) {
    if (candidate.type === 'Person' && !candidate.known && candidate.surface.includes(' ') && !candidate.needsSupport) {
      const key = personKey(candidate.surface);
      fullNames.set(key, [...(fullNames.get(key) ?? []), candidate.surface]);
    }
  }
  const byLastWord = new Map<string, Set<string>>();
  for (const key of fullNames.keys()) {
    const last = key.split(' ').pop() ?? key;
    byLastWord.set(last, (byLastWord.get(last) ?? new Set()).add(key));
  }

  const entities = new Map<string, Entity>();
  const note = (id: string, type: Entity['type'], name: string, surface: string) => {
    const entity = entities.get(id) ?? { id, type, name, aliases: [] };
    if (surface !== entity.name && !entity.aliases.includes(surface)) entity.aliases.push(surface);
    entities.set(id, entity);
  };
  const ids = sentences.map((candidates) =>
    candidates.map((candidate) => {
      if (candidate.known) {
        note(candidate.known.entityId, candidate.known.type, candidate.known.name, candidate.surface);
        return candidate.known.entityId;
      }
      if (candidate.type !== 'Person') {
        const name = candidate.surface.replace(/^the\s+/i, '');
        const id = entityId(candidate.type, name);
        note(id, candidate.type, name, candidate.surface);
        return id;
      }
      const key = personKey(candidate.surface);
      const full = fullNames.has(key) ? key : onlyOne(byLastWord.get(key));
      if (full === undefined && candidate.needsSupport) return undefined;
      const fullKey = full ?? key;
      const name = mostFrequent(fullNames.get(fullKey) ?? [candidate.surface]);
      const id = entityId('Person', fullKey);
      note(id, 'Person', name, candidate.surface);
      return id;
    }),
  );
  return { entities: [...entities.values()].map((entity) => ({ ...entity, aliases: [...entity.aliases].sort() })), ids };
}

function onlyOne(keys: ReadonlySet<string> | undefined): string | undefined {
  return keys?.size === 1 ? [...keys][0] : undefined;
}

function mostFrequent(surfaces: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const surface of surfaces) counts.set(surface, (counts.get(surface) ?? 0) + 1);
  let best = surfaces[0] ?? '';
  for (const [surface, count] of counts) if (count > (counts.get(best) ?? 0)) best = surface;
  return best;
}
