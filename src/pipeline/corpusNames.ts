import { GENERIC_BODY_WORDS } from '../mentions/nameWords';
import { normalizeKey } from '../text/normalizeKey';

/** What the corpus tells of one entity's names: how often each was written, and the name general knowledge gives. */
export interface NameTally {
  readonly written: ReadonlyMap<string, number>;
  readonly known: string;
  /** Whether some article writes the known name itself: it is then the name. */
  readonly knownWritten?: boolean;
  readonly country?: string;
}

/**
 * One name per entity: its known name where an article writes it, else its most written. Two entities are never named
 * alike: namesakes (the British and the Irish `Labour`) both take their known names (`Labour Party`), and the less
 * mentioned of two still alike adds its country, as encyclopedias tell namesakes apart: a state's body after `of`
 * (`Supreme Court of India`), anything else in brackets (`Labour Party (Ireland)`).
 */
export function corpusNames(tallies: ReadonlyMap<string, NameTally>): Map<string, string> {
  const mentions = (id: string) => [...(tallies.get(id)?.written.values() ?? [])].reduce((sum, count) => sum + count, 0);
  const ids = [...tallies.keys()].sort((a, b) => mentions(b) - mentions(a) || (a < b ? -1 : 1));
  const written = new Map(ids.map((id) => {
    const tally = tallies.get(id) as NameTally;
    return [id, (tally.knownWritten ? undefined : [...tally.written].sort((a, b) => b[1] - a[1])[0]?.[0]) ?? tally.known] as const;
  }));
  const namesakes = new Map<string, number>();
  for (const [id, name] of written) if (!isPerson(id)) namesakes.set(normalizeKey(name), (namesakes.get(normalizeKey(name)) ?? 0) + 1);
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of ids) {
    const tally = tallies.get(id) as NameTally;
    let name = written.get(id) as string;
    if (!isPerson(id) && (namesakes.get(normalizeKey(name)) ?? 0) > 1) name = tally.known;
    const country = tally.country ? names.get(tally.country) ?? tallies.get(tally.country)?.known ?? titleCase(tally.country.replace(/^country:/, '')) : undefined;
    if (!isPerson(id) && taken.has(normalizeKey(name)) && tally.country && country && !name.includes(country)) {
      // (After `of`, a country's name written out: `of the United States`, not `of U.S.`.)
      const spelled = /^[\p{Lu}.]+$/u.test(country) ? tallies.get(tally.country)?.known ?? country : country;
      name = isStateBody(name) ? `${name} of ${theCountry(spelled)}` : `${name} (${country})`;
    }
    names.set(id, name);
    taken.add(normalizeKey(name));
  }
  return names;
}

// `Supreme Court`, `Foreign Ministry`: a body every state has (not a party: `National Party`).
function isStateBody(name: string): boolean {
  return GENERIC_BODY_WORDS.has(name.split(' ')[0]?.toLowerCase() ?? '') && !/\bParty$/.test(name);
}

// `the United States`, `the Netherlands`: English writes these countries' names after `the`.
const THE_COUNTRY = /\b(?:Republic|Kingdom|States|Emirates|Islands|Federation)$|^(?:Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|Gambia)$/;
function theCountry(country: string): string {
  return THE_COUNTRY.test(country) ? `the ${country}` : country;
}

function isPerson(id: string): boolean {
  return id.startsWith('person:');
}

function titleCase(slug: string): string {
  return slug.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}
