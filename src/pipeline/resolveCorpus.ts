import type { DocumentExtraction } from './DocumentExtractionSchema';
import type { Entity } from '../entities/EntitySchema';
import { corpusNames } from './corpusNames';
import { placeOffices } from './placeOffices';
import { normalizeKey } from '../text/normalizeKey';

const PERSON = 'person:';
// How many mentions of countries an article must make to say where it is set.
const PLACING_MENTIONS = 2;

/**
 * Merges entities across documents: a person known by surname alone in one article (`person:putin`,
 * `person:von-der-leyen`) joins the one longer name ending in it in the corpus (`person:vladimir-putin`); a surname that
 * ends two names (two Wangs) names neither, and its mentions and relations are left out. An organization whose country
 * one article did not tell (`Labour Party`) joins the one organization of that name with a country in the corpus
 * (the British Labour Party), unless an article naming it names other countries only (twice or more); it names neither of two. Every entity gets one name, its most written, and no two the same (corpusNames). Offices
 * named without their country or body are then checked against, and placed by, the offices the corpus states (placeOffices).
 */
export function resolveCorpus(extractions: readonly DocumentExtraction[]): DocumentExtraction[] {
  const people = new Set<string>();
  const acronymOwners = new Map<string, Set<string>>(); // acronym written as an alias -> organizations it abbreviates
  for (const extraction of extractions) {
    for (const entity of extraction.entities) {
      if (entity.type === 'Person') people.add(entity.id);
      if (entity.type !== 'Organization') continue;
      for (const alias of entity.aliases) if (/^[A-Z][A-Z0-9]{1,7}$/.test(alias)) acronymOwners.set(alias, (acronymOwners.get(alias) ?? new Set()).add(entity.id));
    }
  }
  const merged = new Map<string, string | null>();
  // `CNSR` in one article, `Council for National Salvation and Renewal (CNSR)` in another: one organization.
  for (const extraction of extractions) {
    for (const entity of extraction.entities) {
      const owners = [...(acronymOwners.get(entity.name) ?? [])].filter((owner) => owner !== entity.id);
      if (entity.type === 'Organization' && owners.length === 1) merged.set(entity.id, owners[0] as string);
    }
  }
  // `organization:labour-party` (no country told) and `organization:united-kingdom-labour-party` named `Labour Party`.
  const bound = new Map<string, Set<string>>(); // organization name -> ids of organizations of that name with a country
  const countryOf = new Map<string, string>();
  for (const extraction of extractions) {
    for (const entity of extraction.entities) {
      if (entity.type !== 'Organization' || !entity.country) continue;
      bound.set(entity.name, (bound.get(entity.name) ?? new Set()).add(entity.id));
      countryOf.set(entity.id, entity.country);
    }
  }
  const ownersOf = (entity: Entity) => (entity.type === 'Organization' && !entity.country ? [...(bound.get(entity.name) ?? [])].filter((owner) => owner !== entity.id) : []);
  // An article that names countries, none of them the one organization's (`the Labour Party` in a story about Hong
  // Kong), says its Labour Party is another: the name then joins no one's. (One passing mention of a country, `in Nazi
  // Germany`, says nothing of where the story is.)
  const contradicted = new Set<string>();
  for (const extraction of extractions) {
    const countries = new Set(extraction.entities.filter((entity) => entity.type === 'Country').map((entity) => entity.id));
    const countryMentions = extraction.mentions.filter((mention) => countries.has(mention.entity)).length;
    for (const entity of extraction.entities) {
      const [owner, ...others] = ownersOf(entity);
      if (owner && others.length === 0 && countryMentions >= PLACING_MENTIONS && !countries.has(countryOf.get(owner) ?? '')) contradicted.add(entity.id);
    }
  }
  for (const extraction of extractions) {
    for (const entity of extraction.entities) {
      const owners = contradicted.has(entity.id) ? [] : ownersOf(entity);
      if (owners.length === 1) merged.set(entity.id, owners[0] as string);
      else if (owners.length > 1) merged.set(entity.id, null);
    }
  }
  for (const id of people) {
    const slug = id.slice(PERSON.length);
    const longer = [...people].filter((other) => other !== id && other.endsWith(`-${slug}`));
    if (longer.length === 1) merged.set(id, longer[0] as string);
    else if (longer.length > 1 && !slug.includes('-')) merged.set(id, null);
  }
  const canonical = (id: string) => (merged.has(id) ? merged.get(id) : id);

  // How often each entity is written each way across the corpus, for corpusNames to name it.
  const nameCounts = new Map<string, Map<string, number>>();
  const aliases = new Map<string, Set<string>>();
  for (const extraction of extractions) {
    // As the articles write it (`Czech Republic`), where that differs from the name general knowledge gives.
    const names = new Map(extraction.entities.map((entity) => [entity.id, entity.written ?? entity.name]));
    for (const mention of extraction.mentions) {
      const id = canonical(mention.entity);
      if (!id) continue;
      const name = names.get(mention.entity) ?? mention.text;
      const counts = nameCounts.get(id) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + (merged.has(mention.entity) ? 0 : 1));
      nameCounts.set(id, counts);
    }
    for (const entity of extraction.entities) {
      const id = canonical(entity.id);
      if (!id) continue;
      const set = aliases.get(id) ?? new Set<string>();
      for (const alias of [entity.name, ...entity.aliases]) set.add(alias);
      aliases.set(id, set);
    }
  }
  const countries = new Map(extractions.flatMap((extraction) => extraction.entities.flatMap((entity) => (entity.country ? [[entity.id, entity.country] as const] : []))));
  const known = new Map(extractions.flatMap((extraction) => extraction.entities.flatMap((entity) => {
    const id = canonical(entity.id);
    return id && !merged.has(entity.id) ? [[id, entity.name] as const] : [];
  })));
  // `Labour` in one article, `The Labour Party` in another: the name general knowledge gives is written after all.
  const rewritten = new Set(extractions.flatMap((extraction) => extraction.entities.flatMap((entity) => (entity.written ? [canonical(entity.id)] : []))));
  const knownWritten = new Set(extractions.flatMap((extraction) => extraction.mentions.flatMap((mention) => {
    const id = canonical(mention.entity);
    return id && rewritten.has(id) && normalizeKey(mention.text.replace(/^the\s+/i, '')) === normalizeKey(known.get(id) ?? '') ? [id] : [];
  })));
  const names = corpusNames(new Map([...nameCounts].map(([id, written]) => {
    const country = countries.get(id);
    return [id, { written, known: known.get(id) ?? [...written.keys()][0] ?? id, knownWritten: knownWritten.has(id), ...(country ? { country } : {}) }];
  })));

  return placeOffices(extractions.map((extraction) => {
    const entities = new Map<string, Entity>();
    for (const entity of extraction.entities) {
      const id = canonical(entity.id);
      if (!id) continue;
      const name = names.get(id) ?? entity.name;
      const country = countries.get(id);
      entities.set(id, { id, type: entity.type, name, aliases: [...(aliases.get(id) ?? [])].filter((alias) => alias !== name).sort(), ...(country ? { country } : {}) });
    }
    return {
      ...extraction,
      entities: [...entities.values()],
      mentions: extraction.mentions.flatMap((mention) => {
        const entity = canonical(mention.entity);
        return entity ? [{ ...mention, entity }] : [];
      }),
      relations: extraction.relations.flatMap((relation) => {
        const source = canonical(relation.source);
        const target = canonical(relation.target);
        return source && target && source !== target ? [{ ...relation, source, target }] : [];
      }),
      ...(extraction.offices ? { offices: extraction.offices.flatMap((office) => {
        const source = canonical(office.source);
        return source ? [{ ...office, source }] : [];
      }) } : {}),
    };
  }));
}
