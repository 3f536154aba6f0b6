import type { Knowledge } from './Knowledge';

const countryNames = new WeakMap<Knowledge, Map<string, string>>();

/** A country's name from general knowledge by its entity id (`country:ireland`: Ireland); undefined for no known country. */
export function countryNameOf(country: string, knowledge: Knowledge): string | undefined {
  let known = countryNames.get(knowledge);
  if (!known) {
    known = new Map();
    for (const entries of knowledge.gazetteer.entries.values()) for (const entry of entries) if (entry.type === 'Country') known.set(entry.entityId, entry.name);
    countryNames.set(knowledge, known);
  }
  return known.get(country);
}
