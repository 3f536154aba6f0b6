import type { Entity } from '../entities/EntitySchema';
import { countryNamedIn } from '../knowledge/countryNamedIn';
import { countryNameOf } from '../knowledge/countryNameOf';
import type { Knowledge } from '../knowledge/Knowledge';
import { articleCountry, type ArticleCountry } from './articleCountry';
import type { AnalyzedSentence } from './syntax/AnalyzedSentence';

/** The country an article's politics is about (articleCountry), from the names its sentences resolve to. */
export function articleCountryOf(sentences: readonly AnalyzedSentence[], entities: readonly Entity[], knowledge: Knowledge): ArticleCountry | undefined {
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  // (A body named for its country, `Revolutionary Armed Forces of Colombia`, counts for it as a party or chamber does.)
  const bound = entities.map((entity) => {
    const country = entity.type === 'Organization' && !entity.country ? countryNamedIn(entity.name, knowledge) : undefined;
    return country ? { ...entity, country } : entity;
  });
  return articleCountry(sentences.flatMap((s) => s.mentions.map((mention) => mention.entity)), bound, (country) => names.get(country) ?? countryNameOf(country, knowledge) ?? country);
}
