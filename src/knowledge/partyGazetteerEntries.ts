import { NewsgraphError } from '../errors/NewsgraphError';
import { normalizeKey } from '../text/normalizeKey';
import parties from './data/parties.json';
import partyShortForms from './data/partyShortForms.json';
import { entityId } from './entityId';
import type { GazetteerEntry } from './GazetteerEntry';

interface Party {
  readonly country: string;
  readonly short: string;
  name: string;
  /** Every phrase naming the party, the name first. */
  readonly phrases: string[];
  /** Normalized keys of the phrases that name it only in an article about its country. */
  readonly needsCountry: Set<string>;
}

// The derived table's shape (scripts/generate-parties.mjs writes it).
const table: { parties: { country: string; short: string; name: string; names?: string[]; needsCountry?: string[] }[] } = parties;

const shortForms: {
  parties: { country: string; short: string; name: string }[];
  renames: { country: string; short: string; name: string; needsCountry?: boolean; retired?: string }[];
  forms: { country: string; short: string; forms: string[]; needsCountry?: boolean }[];
} = partyShortForms;

const MAX_WORDS = 6;

// `AfD`, `SNP`, `D66`: an acronym names the party only written so.
const ACRONYM = /^[\p{Lu}\d][\p{L}\d]*$/u;
const isAcronym = (phrase: string) => ACRONYM.test(phrase) && (phrase.match(/[\p{Lu}\d]/gu) ?? []).length >= 2;

/**
 * Gazetteer entries of political parties (ParlGov's table and the everyday short forms), each an organization of its
 * country, keyed `organization:<country>-<name>` (`organization:united-kingdom-labour-party`) so that parties of one
 * name in two countries stay two. `countries` gives each ISO alpha-3 code's country entity; `known` says whether a
 * phrase already names something else, which keeps its meaning.
 */
export function partyGazetteerEntries(
  countries: ReadonlyMap<string, { readonly id: string; readonly name: string; readonly initials?: readonly string[] }>,
  known: (key: string) => boolean,
): GazetteerEntry[] {
  const all: Party[] = [
    ...table.parties.map((party) => ({
      country: party.country,
      short: party.short,
      name: party.name,
      phrases: [party.name, ...(party.names ?? [])],
      needsCountry: new Set((party.needsCountry ?? []).map(normalizeKey)),
    })),
    ...shortForms.parties.map((party) => ({ ...party, phrases: [party.name], needsCountry: new Set([normalizeKey(party.name)]) })),
  ];
  const find = (country: string, short: string): Party => {
    const found = all.filter((party) => party.country === country && party.short === short);
    if (found.length !== 1) {
      throw new NewsgraphError('NG_KNOWLEDGE_DATA', `partyShortForms.json names ${country} ${short}, which is ${found.length} parties of parties.json; give one party's country and short name.`);
    }
    return found[0] as Party;
  };
  // A new name becomes the party's name; a retired one (`Liberal Party` for the Liberal Democrats) no longer names it.
  for (const { country, short, name, needsCountry, retired } of shortForms.renames) {
    const party = find(country, short);
    party.name = name;
    party.phrases.unshift(name);
    if (retired) party.phrases.splice(0, party.phrases.length, ...party.phrases.filter((phrase) => phrase !== retired));
    if (needsCountry) party.needsCountry.add(normalizeKey(name));
  }
  for (const { country, short, forms, needsCountry } of shortForms.forms) {
    const party = find(country, short);
    party.phrases.push(...forms);
    if (needsCountry) for (const form of forms) party.needsCountry.add(normalizeKey(form));
  }

  // `New Zealand First`, `Pauline Hanson's One Nation`: a name of two or more words before `Party` that says which party
  // it is anywhere names the party without `Party` too, unless that shorter name is another party's of the same
  // country. (Not one that says so only in its country's news: `Roman Catholic`, `Social Democratic` are words too.)
  const withoutParty = (phrase: string) => (/ \S+ Party$/u.test(phrase) ? phrase.slice(0, -' Party'.length) : undefined);
  const countryKey = (party: Party, phrase: string) => `${party.country}|${normalizeKey(phrase)}`;
  const owners = new Map<string, number>();
  for (const party of all) {
    for (const phrase of new Set(party.phrases.flatMap((full) => [full, withoutParty(full) ?? full]))) owners.set(countryKey(party, phrase), (owners.get(countryKey(party, phrase)) ?? 0) + 1);
  }
  for (const party of all) {
    for (const phrase of [...party.phrases]) {
      const short = withoutParty(phrase);
      if (short === undefined || owners.get(countryKey(party, short)) !== 1 || party.phrases.includes(short) || party.needsCountry.has(normalizeKey(phrase))) continue;
      party.phrases.push(short);
    }
  }

  const entries: GazetteerEntry[] = [];
  for (const party of all) {
    const country = countries.get(party.country);
    if (!country) continue;
    // `NZ First`, `UK Independence Party`: a name that opens with its country's name is written with its initials too.
    const opening = `${country.name} `;
    for (const phrase of party.phrases.filter((named) => named.startsWith(opening))) {
      for (const initials of country.initials ?? []) party.phrases.push(`${initials} ${phrase.slice(opening.length)}`);
    }
    const id = entityId('Organization', `${country.name} ${party.name}`);
    for (const phrase of party.phrases) {
      const key = normalizeKey(phrase);
      // Registers, not news, write a party's name out in more words (`National Farmers', Horticulturists' and ...`).
      if (known(key) || key.split(' ').length > MAX_WORDS) continue;
      entries.push({
        phrase,
        entityId: id,
        type: 'Organization',
        name: party.name,
        kind: 'party',
        exactCase: isAcronym(phrase),
        countryId: country.id,
        ...(party.needsCountry.has(key) ? { needsCountry: true } : {}),
      });
    }
  }
  return entries;
}
