import type { Entity } from '../entities/EntitySchema';
import { countryNamedIn } from '../knowledge/countryNamedIn';
import { countryNameOf } from '../knowledge/countryNameOf';
import type { Knowledge } from '../knowledge/Knowledge';
import { articleCountry, type ArticleCountry } from './articleCountry';
import { demonymBodyCountry } from './demonymBodyCountry';
import type { AnalyzedSentence } from './syntax/AnalyzedSentence';

/** The country an article's politics is about (articleCountry), from the names its sentences resolve to. */
export function articleCountryOf(sentences: readonly AnalyzedSentence[], entities: readonly Entity[], knowledge: Knowledge): ArticleCountry | undefined {
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  // (A body named for its country, `Revolutionary Armed Forces of Colombia`, counts for it as a party or chamber does.)
  const bound = entities.map((entity) => {
    const country = entity.type === 'Organization' && !entity.country ? countryNamedIn(entity.name, knowledge) : undefined;
    return country ? { ...entity, country } : entity;
  });
  // (The demonym opening a body's name, `Australian Federal Police`, names its country once, as it would alone.)
  const demonymed = new Map(entities.flatMap((entity) => {
    const country = entity.type === 'Organization' && !entity.country ? demonymBodyCountry(entity.name, knowledge) : undefined;
    return country ? [[entity.id, country] as const] : [];
  }));
  const mentioned = sentences.flatMap((s) => s.mentions.flatMap((mention) => {
    const country = demonymed.get(mention.entity);
    return country ? [mention.entity, country] : [mention.entity];
  }));
  const nameOf = (country: string) => names.get(country) ?? countryNameOf(country, knowledge) ?? country;
  // (Such a country may be named nowhere else in the article.)
  const unnamed = [...new Set(demonymed.values())].filter((country) => !names.has(country)).map((id): Entity => ({ id, type: 'Country', name: nameOf(id), aliases: [] }));
  return articleCountry(mentioned, [...bound, ...unnamed], nameOf);
}
