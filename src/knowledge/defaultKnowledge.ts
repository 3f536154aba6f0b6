import countries from 'world-countries';
import { normalizeKey } from '../text/normalizeKey';
import { createGazetteer } from './createGazetteer';
import institutions from './data/institutions.json';
import organizations from './data/organizations.json';
import peoples from './data/peoples.json';
import roles from './data/roles.json';
import surnames from './data/surnames.json';
import titles from './data/titles.json';
import { entityId } from './entityId';
import type { Knowledge } from './Knowledge';
import { worldGazetteerEntries } from './worldGazetteerEntries';

let cached: Knowledge | undefined;

/** The built-in knowledge (countries, organizations, institutions, parties, regions, titles, roles, peoples), built once and shared. */
export function defaultKnowledge(): Knowledge {
  if (cached) return cached;
  const titleMap = new Map<string, string>();
  for (const title of titles.titles) titleMap.set(normalizeKey(title), title.replace(/\.$/, ''));
  cached = {
    gazetteer: createGazetteer(worldGazetteerEntries()),
    titles: titleMap,
    maxTitleWords: Math.max(...[...titleMap.keys()].map((key) => key.split(' ').length)),
    honorifics: new Set(titles.honorifics.map(normalizeKey)),
    rankModifiers: new Set(titles.rankModifiers.map(normalizeKey)),
    courtesyTitles: new Set(titles.courtesyTitles.map(normalizeKey)),
    regnalTitles: new Set(titles.regnalTitles.map(normalizeKey)),
    titleHeads: new Set(titles.heads.map(normalizeKey)),
    roleNouns: new Set([...titles.heads, ...roles.nouns].map(normalizeKey)),
    transientModifiers: new Set(titles.transientModifiers),
    postings: new Set(titles.postings),
    partyOffices: new Set(titles.partyOffices.map(normalizeKey)),
    partyPostModifiers: new Set(titles.partyPostModifiers.map(normalizeKey)),
    impliedOffices: new Set(titles.impliedOffices.map(normalizeKey)),
    bodyPosts: new Map(Object.entries(titles.bodyPosts).map(([post, words]) => [normalizeKey(post), words.map(normalizeKey)])),
    trialCourtWords: new Set(titles.trialCourtWords.map(normalizeKey)),
    corporatePosts: new Set(titles.corporatePosts.map(normalizeKey)),
    formalOffices: new Set(titles.formalOffices.map(normalizeKey)),
    notImpliedOffices: new Set(titles.notImpliedOffices.map(normalizeKey)),
    officesNotHeld: new Map(
      Object.entries(titles.officesNotHeld).flatMap(([code, offices]) => {
        const country = countryIdOf(code);
        return country ? [[country, new Set(offices.map(normalizeKey))] as const] : [];
      }),
    ),
    nationalOffices: holdersOf(titles.nationalOffices),
    demonyms: new Set(countries.flatMap((country) => (country.demonyms?.eng ? [country.demonyms.eng.m, country.demonyms.eng.f] : [])).map(normalizeKey)),
    peoples: new Set(peoples.peoples.map(normalizeKey)),
    nationals: new Set(peoples.nationals.map(normalizeKey)),
    articleNationals: new Set(peoples.articleNationals.map(normalizeKey)),
    faiths: new Set(peoples.faiths.map(normalizeKey)),
    chamberWords: new Set(institutions.chamberWords.map(normalizeKey)),
    surnames: new Set(surnames.names),
    referenceNouns: new Map(
      organizations.organizations.flatMap((organization) =>
        'nouns' in organization && organization.nouns ? [[entityId('Organization', organization.name), organization.nouns] as const] : [],
      ),
    ),
    governingBodies: new Map(
      institutions.institutions.flatMap((institution) => {
        const country = 'governsPeople' in institution && institution.governsPeople ? countryIdOf(institution.country) : undefined;
        return country ? [[country, { id: entityId('Organization', institution.name), name: institution.name }] as const] : [];
      }),
    ),
  };
  return cached;
}

// `{ GB: ['Foreign Secretary'], IN: ['Foreign Secretary'] }` -> `foreign secretary` -> [Britain, India].
function holdersOf(offices: Readonly<Record<string, readonly string[]>>): Map<string, string[]> {
  const holders = new Map<string, string[]>();
  for (const [code, titles] of Object.entries(offices)) {
    const country = countryIdOf(code);
    if (!country) continue;
    for (const title of titles.map(normalizeKey)) {
      // (`Tanaiste` and `Tánaiste` are one key.)
      const known = holders.get(title) ?? [];
      if (!known.includes(country)) holders.set(title, [...known, country]);
    }
  }
  return holders;
}

// A country's entity id by its ISO 3166-1 alpha-2 code.
function countryIdOf(code: string): string | undefined {
  const country = countries.find((known) => known.cca2 === code);
  return country ? entityId('Country', country.name.common) : undefined;
}
