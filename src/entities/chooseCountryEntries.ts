import { entityId } from '../knowledge/entityId';
import type { GazetteerEntry } from '../knowledge/GazetteerEntry';
import type { MentionCandidate } from '../mentions/MentionCandidate';
import { isEnglishWord } from '../mentions/isEnglishWord';
import { ORGANIZATION_HEADS } from '../mentions/nameWords';
import { normalizeKey } from '../text/normalizeKey';

// Naming a country's party or chamber says more about whose politics an article covers than naming the country.
const BODY_WEIGHT = 2;
const COUNTRY_WEIGHT = 1;
// A town or region says less: a story is often told from somewhere else than the country it is about.
const PLACE_WEIGHT = 0.5;
// How many different towns or regions of a country an article must name for them to count.
const PLACES_OF_A_COUNTRY = 2;

/**
 * Which body each country-bound mention of a document names (`Labour`: the British, Irish, New Zealand ... Labour
 * party; `Democrats`: the US party, or none), decided by the countries the rest of the article names: countries,
 * capitals and demonyms, and the countries of the other parties and chambers it names (a name shared by several
 * countries counts for each in part). The country with the most such evidence wins, if it wins alone; for an ordinary
 * word (`Greens`) the article must also be about it: one of its bodies named, or most of the evidence; a name many
 * countries give their chambers (`Senate`) is the known one's only when its country leads the article or its parties
 * are named, else the leading country's chamber of that name if it has one, and tells no country itself. Undecided,
 * such a name names a chamber of that name of no known country, a name shared by one party of several countries (`Sinn
 * Féin`) names that party with no country, a plural or organization-headed phrase (`Labour Party`, `Social Democrats`)
 * names an organization of that name with no country, as does a party word before an office or a name (`Labour MP X`:
 * the options' usual name, `Labour Party`), and any other ordinary word or adjective (`Labour`, `Liberal Democrat`)
 * names nothing (`undefined`).
 */
export function chooseCountryEntries(candidates: readonly MentionCandidate[]): Map<MentionCandidate, GazetteerEntry | undefined> {
  const evidence = candidates.map((candidate) => ({
    phrase: normalizeKey(candidate.surface),
    ordinary: candidate.options !== undefined && candidate.options.length > 0 && candidate.options.every((option) => option.needsCountry),
    shared: candidate.options !== undefined && candidate.options.length > 0 && candidate.options.every((option) => option.sharedBy !== undefined),
    bodies: new Set((candidate.options ?? (candidate.known ? [candidate.known] : [])).map((option) => option.entityId)),
    ...countriesOf(candidate),
  }));
  // An ordinary word (`Senate`, `Labor`) is itself in question: it vouches only for a country that the article names
  // by other means, unless nothing else names one (`Democrats in the Senate ... Republicans`).
  // A town or region vouches for its country only beside another of the same country: a story told from one city
  // (`prosecutors in Milan`) is not thereby about its country; one set in several (`of New York ... of Ohio`) is.
  const places = new Map<string, Set<string>>();
  for (const item of evidence) if (item.place) for (const country of item.countries.keys()) places.set(country, (places.get(country) ?? new Set()).add(item.phrase));
  const settled = (item: (typeof evidence)[number], country: string) => !item.place || (places.get(country)?.size ?? 0) >= PLACES_OF_A_COUNTRY;
  const named = new Set(evidence.filter((item) => !item.ordinary).flatMap((item) => [...item.countries.keys()].filter((country) => settled(item, country))));
  const vouches = (item: (typeof evidence)[number], country: string) => settled(item, country) && (!item.ordinary || named.size === 0 || named.has(country));
  // Evidence from the other phrases of the article: a name does not vouch for itself. Summed once per phrase, as every
  // mention of it would sum the same: a long document names `Labour` thousands of times.
  const shared = new Set(evidence.filter((item) => item.shared).map((item) => item.phrase));
  // The countries whose parties the article names (`Republican of Missouri`): a story of that country's politics.
  const partyCountries = new Set(candidates.flatMap((candidate, index) => {
    const item = evidence[index];
    const party = (candidate.options ?? (candidate.known ? [candidate.known] : [])).some((option) => option.kind === 'party');
    return item && party ? [...item.countries.keys()].filter((country) => vouches(item, country)) : [];
  }));
  const scoresBesides = new Map<string, { scores: Map<string, { total: number; bodies: number }>; all: number }>();
  const scoresOf = (phrase: string) => {
    const known = scoresBesides.get(phrase);
    if (known) return known;
    const scores = new Map<string, { total: number; bodies: number }>();
    let all = 0;
    for (const other of evidence) {
      // (A name many countries' chambers share tells no other such name its country: `Senate` does not vouch for `House
      // of Representatives`, though it does for `Republicans`.)
      if (other.phrase === phrase || (other.shared && shared.has(phrase))) continue;
      for (const [country, weight] of other.countries) {
        if (!vouches(other, country)) continue;
        const score = scores.get(country) ?? { total: 0, bodies: 0 };
        scores.set(country, { total: score.total + weight, bodies: score.bodies + (other.body ? weight : 0) });
        all += weight;
      }
    }
    scoresBesides.set(phrase, { scores, all });
    return { scores, all };
  };
  // Countries the article names itself (by name, capital, demonym or places), not only through bodies of theirs.
  const namedItself = new Set(evidence.filter((item) => !item.body).flatMap((item) => [...item.countries.keys()].filter((country) => settled(item, country))));
  // Whether a body other than `body` (and its short names) vouches for `country`.
  const otherBody = (body: string, country: string) => evidence.some((item) => item.body && item.countries.has(country) && vouches(item, country) && !item.bodies.has(body));
  const chosen = new Map<MentionCandidate, GazetteerEntry | undefined>();
  // A party named in common words, of a country the article names neither itself nor by another of its bodies, when it
  // names another country, may be another country's party of the same name that our knowledge lacks (`Democratic
  // Action Party` in a Malaysian story: general knowledge holds Malta's, from ParlGov, which covers the EU and the
  // OECD); not one named in words of its own (`Likud`) or of its country (`British Conservatives`).
  const stranger = (party: string, country: string) => namedItself.size > 0 && !namedItself.has(country) && !otherBody(party, country);
  for (const [index, candidate] of candidates.entries()) {
    const options = candidate.options;
    const known = candidate.known;
    const written = candidate.surface.replace(/^the\s+/i, '');
    if (!options && known?.kind === 'party' && known.countryId && isCommonPhrase(written) && stranger(known.entityId, known.countryId)) {
      chosen.set(candidate, withoutCountry(known, written));
    }
    if (!options || options.length === 0) continue;
    const { scores, all } = scoresOf(normalizeKey(candidate.surface));
    if (evidence[index]?.shared) {
      chosen.set(candidate, sharedName(options, written, leaderOf(scores), partyCountries));
      continue;
    }
    const ranked = [...new Set(options.map((option) => option.countryId ?? ''))]
      .map((country) => ({ country, ...(scores.get(country) ?? { total: 0, bodies: 0 }) }))
      .sort((a, b) => b.total - a.total);
    const [best, second] = ranked;
    // An ordinary word (`Greens`) needs the article to be about the country: one of its bodies named, or most of the
    // countries named being it; in a summit's story naming many states it stays the ordinary word.
    const about = best !== undefined && (best.bodies > 0 || best.total * 2 > all || !options.some((option) => option.needsCountry));
    const ofBest = best && about && best.total > (second?.total ?? 0) ? options.filter((option) => option.countryId === best.country) : [];
    chosen.set(candidate, ofBest.length === 1 ? ofBest[0] : undecided(candidate, options));
  }
  return chosen;
}

// The countries a mention names or belongs to, each with the share of the mention's weight it gets, and whether it
// is a body of the country (a party, a chamber, a seat of government) rather than the country itself, or a town or region.
function countriesOf(candidate: MentionCandidate): { countries: Map<string, number>; body: boolean; place?: boolean } {
  const known = candidate.known;
  if (candidate.options && candidate.options.length > 0) {
    const countries = [...new Set(candidate.options.map((option) => option.countryId ?? ''))].filter(Boolean);
    return { countries: new Map(countries.map((country) => [country, BODY_WEIGHT / countries.length])), body: true };
  }
  if (known?.type === 'Country') return { countries: new Map([[known.entityId, COUNTRY_WEIGHT]]), body: false };
  if (known?.type === 'Location' && known.countryId) return { countries: new Map([[known.countryId, PLACE_WEIGHT]]), body: false, place: true };
  if (known?.countryId) return { countries: new Map([[known.countryId, BODY_WEIGHT]]), body: true };
  return { countries: new Map(), body: false };
}

// The country the rest of the article names most, if one country does.
function leaderOf(scores: ReadonlyMap<string, { total: number }>): string | undefined {
  const [first, second] = [...scores].sort((a, b) => b[1].total - a[1].total);
  return first && first[1].total > (second?.[1].total ?? 0) ? first[0] : undefined;
}

// A name many countries give their chambers (`Senate`): the known chamber when its country leads the article or the
// article names its parties; else the leading country's chamber of that name, if it has one (`the Senate` of a
// Nigerian story that also gives Washington's view); else a chamber of that name of no known country (a British story
// about a senate race: Britain has no senate).
function sharedName(options: readonly GazetteerEntry[], written: string, leader: string | undefined, partyCountries: ReadonlySet<string>): GazetteerEntry | undefined {
  const known = options.find((option) => option.countryId === leader || partyCountries.has(option.countryId ?? ''));
  const [first] = options;
  if (known || !first) return known;
  if (!leader || !first.sharedBy?.includes(leader)) return withoutCountry(first, written);
  const name = `${leader.replace(/^country:/, '')} ${written}`;
  return { phrase: written, entityId: entityId('Organization', name), type: 'Organization', name: written, kind: first.kind, exactCase: false, countryId: leader };
}

// Whether every word of a name is a common English word (`Democratic Action Party`, `People's Party`).
function isCommonPhrase(name: string): boolean {
  return name.split(/\s+/).every((word) => isEnglishWord({ key: normalizeKey(word).replace(/'s$/, '') }));
}

function undecided(candidate: MentionCandidate, options: readonly GazetteerEntry[]): GazetteerEntry | undefined {
  const [first] = options;
  if (!first) return undefined;
  const sameName = options.length > 1 && options.every((option) => option.name === first.name && !option.needsCountry);
  if (sameName) return withoutCountry(first, first.name);
  const written = candidate.surface.replace(/^the\s+/i, '');
  const words = written.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && (ORGANIZATION_HEADS.has(normalizeKey(last)) || /s$/.test(last))) return withoutCountry(first, written);
  // `Labour MP X` in an article that names no country: some Labour party, named as most of the options are; when no two
  // share a name, as the one that goes on from the word (`Liberal Democrats`), else as written with `Party`, not as
  // one country's (`Liberal Party of Australia`).
  if (candidate.partyWord) return withoutCountry(first, partyName(options.map((option) => option.name), written));
  return undefined;
}

// The name most of `names` share, if two or more do; else the first that opens with the written word and names no
// country (`of ...`); else the written word and `Party`.
function partyName(names: readonly string[], written: string): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (best && best[1] > 1) return best[0];
  const opening = [...counts.keys()].sort().find((name) => name.toLowerCase().startsWith(written.toLowerCase()) && !/ of /i.test(name));
  return opening ?? `${written} Party`;
}

function withoutCountry(entry: GazetteerEntry, name: string): GazetteerEntry {
  return { phrase: name, entityId: entityId('Organization', name), type: 'Organization', name, kind: entry.kind, exactCase: false };
}
