import type { DocumentExtraction } from '../document/DocumentExtractionSchema';
import type { Entity } from '../entities/EntitySchema';

/**
 * Merges entities across documents: a person known by surname alone in one article (`person:putin`) joins the one full
 * name with that surname in the corpus (`person:vladimir-putin`); every entity gets one canonical name, its most used.
 */
export function resolveCorpus(extractions: readonly DocumentExtraction[]): DocumentExtraction[] {
  const people = new Map<string, Entity>();
  for (const extraction of extractions) for (const entity of extraction.entities) if (entity.type === 'Person') people.set(entity.id, entity);
  const fullBySurname = new Map<string, Set<string>>();
  for (const id of people.keys()) {
    const slug = id.slice('person:'.length);
    if (!slug.includes('-')) continue;
    const surname = slug.slice(slug.lastIndexOf('-') + 1);
    fullBySurname.set(surname, (fullBySurname.get(surname) ?? new Set()).add(id));
  }
  const merged = new Map<string, string>();
  for (const id of people.keys()) {
    const slug = id.slice('person:'.length);
    const candidates = fullBySurname.get(slug);
    if (!slug.includes('-') && candidates?.size === 1) merged.set(id, [...candidates][0] as string);
  }
  const canonical = (id: string) => merged.get(id) ?? id;

  // One name per entity across the corpus: the most mentioned full form.
  const nameCounts = new Map<string, Map<string, number>>();
  const aliases = new Map<string, Set<string>>();
  for (const extraction of extractions) {
    const names = new Map(extraction.entities.map((entity) => [entity.id, entity.name]));
    for (const mention of extraction.mentions) {
      const id = canonical(mention.entity);
      const name = names.get(mention.entity) ?? mention.text;
      const counts = nameCounts.get(id) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + (merged.has(mention.entity) ? 0 : 1));
      nameCounts.set(id, counts);
    }
    for (const entity of extraction.entities) {
      const set = aliases.get(canonical(entity.id)) ?? new Set<string>();
      for (const alias of [entity.name, ...entity.aliases]) set.add(alias);
      aliases.set(canonical(entity.id), set);
    }
  }
  const nameOf = (id: string) => [...(nameCounts.get(id) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])[0]?.[0];

  return extractions.map((extraction) => {
    const entities = new Map<string, Entity>();
    for (const entity of extraction.entities) {
      const id = canonical(entity.id);
      const name = nameOf(id) ?? entity.name;
      entities.set(id, { id, type: entity.type, name, aliases: [...(aliases.get(id) ?? [])].filter((alias) => alias !== name).sort() });
    }
    return {
      ...extraction,
      entities: [...entities.values()],
      mentions: extraction.mentions.map((mention) => ({ ...mention, entity: canonical(mention.entity) })),
      relations: extraction.relations
        .map((relation) => ({ ...relation, source: canonical(relation.source), target: canonical(relation.target) }))
        .filter((relation) => relation.source !== relation.target),
    };
  });
}
