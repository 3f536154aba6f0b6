import type { Entity } from '../entities/EntitySchema';
import type { Knowledge } from '../knowledge/Knowledge';
import { articleCountry, type ArticleCountry } from './articleCountry';
import type { AnalyzedSentence } from './syntax/AnalyzedSentence';

/** The country an article's politics is about (articleCountry), from the names its sentences resolve to. */
export function articleCountryOf(sentences: readonly AnalyzedSentence[], entities: readonly Entity[], knowledge: Knowledge): ArticleCountry | undefined {
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  return articleCountry(sentences.flatMap((s) => s.mentions.map((mention) => mention.entity)), entities, (country) => names.get(country) ?? countryName(country, knowledge));
}

const countryNames = new WeakMap<Knowledge, Map<string, string>>();

// A country's name from general knowledge, for one the article does not name itself (`Labour` but never `Britain`).
function countryName(country: string, knowledge: Knowledge): string {
  let known = countryNames.get(knowledge);
  if (!known) {
    known = new Map();
    for (const entries of knowledge.gazetteer.entries.values()) for (const entry of entries) if (entry.type === 'Country') known.set(entry.entityId, entry.name);
    countryNames.set(knowledge, known);
  }
  return known.get(country) ?? country;
}
