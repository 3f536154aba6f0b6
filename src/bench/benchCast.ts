import countries from 'world-countries';
import media from '../knowledge/data/media.json';
import organizations from '../knowledge/data/organizations.json';
import parties from '../knowledge/data/parties.json';
import places from '../knowledge/data/places.json';
import names from './data/benchNames.json';

/** Who and what the bench corpus may name: name parts of people, and the countries, cities and bodies the knowledge knows. */
export interface BenchCast {
  given: readonly string[];
  family: readonly string[];
  countries: readonly string[];
  cities: readonly string[];
  parties: readonly string[];
  organizations: readonly string[];
  media: readonly string[];
}

let cast: BenchCast | undefined;

/**
 * The bench corpus's cast, from general knowledge: common given and family names (data/benchNames.json), the UN
 * member states, and the cities, parties, international organizations and news media of newsgraph's knowledge.
 */
export function benchCast(): BenchCast {
  cast ??= {
    given: names.given,
    family: names.family,
    countries: countries.filter((country) => country.unMember).map((country) => country.name.common),
    cities: places.cities.map(([name]) => String(name)),
    parties: parties.parties.map((party) => party.name),
    organizations: organizations.organizations.map((organization) => organization.name),
    media: media.organizations.map((organization) => organization.name),
  };
  return cast;
}
