import { countryOfEntity } from '../entities/countryOfEntity';
import type { Entity } from '../entities/EntitySchema';
import { countryLeadingBy } from './countryLeadingBy';
import { rankCountries } from './rankCountries';

/** The one country whose politics an article is about, and in words why. */
export interface ArticleCountry {
  readonly country: string;
  /** The country's name, as the article writes it or, when it never does, as general knowledge does. */
  readonly name: string;
  readonly reason: string;
}

// Below this a country is named in passing (`exports to France`), not written about.
const MIN_WEIGHT = 3;
// The country must weigh at least this many times all other countries together.
const LEAD = 2;

/**
 * The country an article's politics is about, decided from what it names (`mentioned`: the entity id of each mention,
 * `entities`: the article's entities with their countries): each mention of a country (its name, capital
 * or demonym, so also the country of an office stated with it, `French President X`) counts once, each mention of one
 * of its parties, chambers or seats of government twice. Decided only when one country clearly dominates: it weighs at
 * least twice all other countries together, and at least three; undecided otherwise (a summit's story, two countries'
 * dispute, a story about a foreign power's demands on the home country, which names the foreign one most). A lone
 * foreign body in a story about another country (`the State Department said` in a story about the Philippines)
 * decides nothing. `nameOf` gives a country's name for the reason.
 */
export function articleCountry(mentioned: readonly string[], entities: readonly Entity[], nameOf: (country: string) => string): ArticleCountry | undefined {
  const ranked = rankCountries(mentioned, entities);
  const total = ranked.reduce((sum, [, weight]) => sum + weight, 0);
  const [best, ...others] = ranked;
  if (!best || countryLeadingBy(ranked, LEAD, MIN_WEIGHT) === undefined) return undefined;
  const [country, weight] = best;
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const named = [...new Set(mentioned.flatMap((id) => {
    const entity = byId.get(id);
    return entity && entity.id !== country && countryOfEntity(entity) === country ? [entity.name] : [];
  }))];
  const rest = others.slice(0, 3).map(([other, count]) => `${nameOf(other)} ${count}`);
  return {
    country,
    name: nameOf(country),
    reason:
      `the article is about ${nameOf(country)}: it names the country${named.length > 0 ? ` or its parties and bodies (${named.slice(0, 3).join(', ')})` : ''} ${weight} times, a body counting twice, `
      + `against ${total - weight} for all other countries${rest.length > 0 ? ` (${rest.join(', ')}${others.length > 3 ? ', ...' : ''})` : ''}`,
  };
}

