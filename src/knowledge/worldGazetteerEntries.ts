import nlp from 'compromise';
import countries from 'world-countries';
import companies from './data/companies.json';
import countryShortForms from './data/countryShortForms.json';
import formerStates from './data/formerStates.json';
import institutions from './data/institutions.json';
import media from './data/media.json';
import organizations from './data/organizations.json';
import places from './data/places.json';
import regions from './data/regions.json';
import { normalizeKey } from '../text/normalizeKey';
import { entityId } from './entityId';
import type { GazetteerEntry, NamingKind } from './GazetteerEntry';
import { partyGazetteerEntries } from './partyGazetteerEntries';
import { spellingVariants } from './spellingVariants';

interface Institution {
  readonly name: string;
  readonly country: string;
  readonly aliases: readonly string[];
  readonly contextAliases?: readonly string[];
  readonly sharedAliases?: readonly string[];
}

const shortForms: {
  countries: Record<string, string[]>;
  capitals: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  notCapitals: { cities: string[] };
  ambiguousNames: { names: string[] };
  limitedRecognition: { codes: string[] };
} = countryShortForms;

// A country's name written as its initials (`NZ`, `UK`, `U.S.`), which news also writes inside a party's name (`NZ First`).
const INITIALS = /^(?:\p{Lu}\.?){2,3}$/u;

// Short all-capital forms must match exactly (`US` but never `us`).
function isExactCase(phrase: string): boolean {
  return /^[A-Z0-9.-]{2,5}$/.test(phrase);
}

// Two-letter ISO codes collide with words and initials (IN, IT, AT, BE); only the short forms file adds the ones news uses.
// Native-language names are rare in English news and some are English words (Iceland's `Ísland`, read `Island`).
function isUsableAltSpelling(phrase: string, nativeNames: ReadonlySet<string>): boolean {
  return (
    /^[\p{Script=Latin}\s.'’-]+$/u.test(phrase) &&
    !/^[A-Z]{2}$/.test(phrase) &&
    !nativeNames.has(normalizeKey(phrase)) &&
    !shortForms.ambiguousNames.names.includes(phrase) &&
    // (`Dominique` for Dominica: one word that is a given name names a person in English news.)
    !(!/\s/.test(phrase) && nlp(phrase).has('(#FirstName|#MaleName|#FemaleName)'))
  );
}

// A capital that is also a common given name (Victoria) or is not a UN member's seat (Douglas, Stanley) is not safe to read as a state.
function isSafeCapital(capital: string): boolean {
  return !nlp(capital).has('(#Person|#FirstName|#MaleName|#FemaleName)') && !shortForms.notCapitals.cities.includes(capital);
}

/**
 * Gazetteer entries of general knowledge: countries (names, short forms, capitals, demonyms) and former states, regions, organizations,
 * news organizations, institutions, political parties, the cities and states or provinces news names as places, and
 * listed companies.
 */
export function worldGazetteerEntries(): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  const add = (phrase: string, id: string, type: GazetteerEntry['type'], name: string, kind: NamingKind, countryId?: string) =>
    entries.push({ phrase, entityId: id, type, name, kind, exactCase: isExactCase(phrase), ...(countryId ? { countryId } : {}) });

  const countryIdByCode = new Map<string, string>();
  const countryByCode3 = new Map<string, { id: string; name: string; initials: string[] }>();
  const demonymCountries = new Map<string, Map<string, { name: string; unMember: boolean }>>();
  for (const country of countries) {
    const name = country.name.common;
    // (A dependent territory is a place of the state it belongs to: `Jersey`, `Gibraltar`.)
    if (!country.independent && !shortForms.limitedRecognition.codes.includes(country.cca2)) {
      const place = entityId('Location', name);
      add(name, place, 'Location', name, 'place');
      for (const phrase of shortForms.countries[country.cca2] ?? []) add(phrase, place, 'Location', name, 'place');
      continue;
    }
    const id = entityId('Country', name);
    countryIdByCode.set(country.cca2, id);
    add(name, id, 'Country', name, 'name');
    add(country.name.official, id, 'Country', name, 'alias');
    const nativeNames = new Set(Object.values(country.name.native ?? {}).flatMap((native) => [native.common, native.official].map(normalizeKey)));
    nativeNames.delete(normalizeKey(name));
    const aliases = [...(shortForms.countries[country.cca2] ?? []), ...country.altSpellings.filter((phrase) => isUsableAltSpelling(phrase, nativeNames))];
    for (const phrase of aliases) add(phrase, id, 'Country', name, 'alias');
    countryByCode3.set(country.cca3, { id, name, initials: aliases.filter((phrase) => INITIALS.test(phrase)) });
    // (A state of limited recognition's capital stands for it only where listed: `Taipei rejects Beijing's claims`.)
    const listed = shortForms.capitals[country.cca2] ?? [];
    for (const capital of country.unMember ? [...country.capital, ...listed] : listed) {
      if (isSafeCapital(capital)) add(capital, id, 'Country', name, 'capital');
    }
    const demonym = country.demonyms?.eng?.m;
    for (const adjective of shortForms.demonyms[country.cca2] ?? []) add(adjective, id, 'Country', name, 'demonym');
    if (demonym) {
      for (const form of demonymForms(demonym)) {
        const sharing = demonymCountries.get(form) ?? new Map<string, { name: string; unMember: boolean }>();
        sharing.set(id, { name, unMember: country.unMember });
        demonymCountries.set(form, sharing);
      }
    }
  }
  // A demonym shared by several states (Congolese, Guinean) names none of them; a territory sharing a state's demonym does not count.
  for (const [form, sharing] of demonymCountries) {
    const states = [...sharing].filter(([, country]) => country.unMember);
    const [only] = states.length > 0 ? states : [...sharing];
    if (only && (states.length === 1 || sharing.size === 1)) add(form, only[0], 'Country', only[1].name, 'demonym');
  }
  for (const state of formerStates.states) {
    const id = entityId('Country', state.name);
    add(state.name, id, 'Country', state.name, 'name');
    for (const alias of state.aliases) add(alias, id, 'Country', state.name, 'alias');
    for (const demonym of state.demonyms) add(demonym, id, 'Country', state.name, 'demonym');
  }
  for (const region of regions.regions) {
    const id = entityId('Location', region.name);
    add(region.name, id, 'Location', region.name, 'region');
    for (const alias of region.aliases) add(alias, id, 'Location', region.name, 'demonym');
  }
  for (const organization of organizations.organizations) {
    const id = entityId('Organization', organization.name);
    for (const phrase of [organization.name, ...spellingVariants(organization.name)]) add(phrase, id, 'Organization', organization.name, 'organization');
    for (const alias of organization.aliases) add(alias, id, 'Organization', organization.name, 'organization');
    for (const seat of ('seats' in organization ? organization.seats : undefined) ?? []) add(seat, id, 'Organization', organization.name, 'capital');
  }
  for (const outlet of media.organizations) {
    const id = entityId('Organization', outlet.name);
    for (const phrase of [outlet.name, ...outlet.aliases]) add(phrase, id, 'Organization', outlet.name, 'media');
  }
  const sharedChambers: Readonly<Record<string, readonly string[] | undefined>> = institutions.sharedChamberNames.countries;
  for (const institution of institutions.institutions as readonly Institution[]) {
    const id = entityId('Organization', institution.name);
    const countryId = countryIdByCode.get(institution.country);
    for (const phrase of [institution.name, ...spellingVariants(institution.name)]) add(phrase, id, 'Organization', institution.name, 'institution', countryId);
    for (const alias of institution.aliases) add(alias, id, 'Organization', institution.name, 'institution', countryId);
    // `Senate`, `Commons`: a word that names the body only in an article about its country.
    for (const alias of institution.contextAliases ?? []) {
      entries.push({ phrase: alias, entityId: id, type: 'Organization', name: institution.name, kind: 'institution', exactCase: false, ...(countryId ? { countryId } : {}), needsCountry: true });
    }
    // (`Senate`: a name many countries' chambers share, with the countries whose chamber bears it.)
    for (const alias of institution.sharedAliases ?? []) {
      const sharedBy = sharedChambers[alias]?.map((code) => countryIdByCode.get(code)).filter((country) => country !== undefined) ?? [];
      entries.push({ phrase: alias, entityId: id, type: 'Organization', name: institution.name, kind: 'institution', exactCase: false, ...(countryId ? { countryId } : {}), needsCountry: true, sharedBy });
    }
  }
  // A party's name that already names a country, body or place (`Laos`) keeps that meaning.
  const known = new Set(entries.map((entry) => normalizeKey(entry.phrase)));
  entries.push(...partyGazetteerEntries(countryByCode3, (key) => known.has(key)));
  // Cities and regions last: a name that already names a country, capital, body or party keeps that meaning.
  // A company listed by a town's name is the company in news (`Toyota`, `Hitachi`); one shortened from its listing stays
  // the town (`Berkeley` of Berkeley Group Holdings), as does a name that already names a country, body or party.
  const listed = new Set(companies.companies.filter((company) => !('shortened' in company)).map((company) => normalizeKey(company.name)));
  // (A place names its country when only one country has a place of that name: `Harlem`, not `Birmingham`.)
  const placeCountries = new Map<string, Set<string>>();
  for (const [name, code] of [...places.cities, ...places.regions]) if (name && code) placeCountries.set(normalizeKey(name), (placeCountries.get(normalizeKey(name)) ?? new Set()).add(code));
  const placeCountry = (name: string) => {
    const [code, ...others] = placeCountries.get(normalizeKey(name)) ?? [];
    return code && others.length === 0 ? countryIdByCode.get(code) : undefined;
  };
  for (const [name] of [...places.cities, ...places.regions]) if (name && !listed.has(normalizeKey(name))) add(name, entityId('Location', name), 'Location', name, 'place', placeCountry(name));
  const named = new Set(entries.map((entry) => normalizeKey(entry.phrase)));
  for (const company of companies.companies) {
    const id = entityId('Organization', company.name);
    for (const phrase of [company.name, ...company.aliases]) if (!named.has(normalizeKey(phrase))) add(phrase, id, 'Organization', company.name, 'company');
  }
  return entries;
}

// A demonym and, for those that are nouns too, its plural.
function demonymForms(demonym: string): string[] {
  return PLURAL_WITH_S.test(demonym) ? [demonym, `${demonym}s`] : [demonym];
}

// Demonyms that are also nouns taking a plural -s (`Australians`, `Iraqis`, `Greeks`, `Czechs`, `Icelanders`,
// `Cypriots`, `Filipinos`); not adjectives that name the people as they are (`the French`, `the Japanese`, `Swiss`).
const PLURAL_WITH_S = /(an|i|er|ot|k|ech|ine|in|en|ino|ar|que|be)$/;
