import type { BenchCast } from './benchCast';

// News sentences with slots: {P} and {Q} two people, {C} and {D} two countries, {CITY}, {PARTY}, {ORG}, {MEDIA},
// {TITLE}, {DAY}, {MONTH}, {YEAR}. Phrasings of wire copy, with and without a relation the extractor reads.
const TEMPLATES = [
  '{TITLE} {P} met {Q} in {CITY} on {DAY}.',
  '{P} criticized {C} over its handling of the border dispute.',
  '{C} and {D} signed a trade agreement in {CITY} on {DAY}.',
  '{P}, the leader of the {PARTY}, rejected the proposal.',
  'Speaking in {CITY}, {P} said {C} would not accept new sanctions.',
  '{P} told {MEDIA} that talks with {C} would resume next week.',
  '{ORG} officials praised {C} for its support.',
  "{C}'s foreign minister, {P}, held talks with {Q} on {DAY}.",
  '{P} accused {Q} of misleading voters about the budget.',
  'The {PARTY} said {P} would stand in the election in {MONTH}.',
  '{P} and {Q} discussed energy prices at a summit in {CITY}.',
  '{C} imposed sanctions on {D} after the vote.',
  'Officials in {CITY} said the meeting had been postponed until {MONTH}.',
  '{P}, who has worked at the {ORG} since {YEAR}, warned that food prices would rise.',
  'According to {MEDIA}, {TITLE} {P} will visit {C} in {MONTH}.',
  '"We will not be pressured," {P} said in {CITY}.',
  '{C} welcomed the decision, {MEDIA} reported.',
  '{P} thanked {Q} for the support of {C}.',
  'Protesters gathered outside parliament in {CITY} on {DAY} as {P} spoke.',
  '{TITLE} {P} warned {D} against any attack on {C}.',
];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Senator', 'Chancellor', 'Governor', 'Finance Minister', 'Ambassador'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'March', 'April', 'June', 'July', 'September', 'October', 'November'];

/**
 * A source of invented news sentences for one document: it picks the document's own people (3 to 8 full names from
 * the cast), countries, cities and bodies, names a person in full the first time and often by family name after, as
 * news does, and fills a random sentence pattern with them on each call. Deterministic for a given `random`.
 */
export function inventSentences(random: () => number, cast: BenchCast): () => string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const some = (items: readonly string[], count: number): string[] => Array.from({ length: count }, () => pick(items));
  const people = some(cast.given, 3 + Math.floor(random() * 6)).map((given) => `${given} ${pick(cast.family)}`);
  const named = new Set<string>();
  const countries = some(cast.countries, 2 + Math.floor(random() * 3));
  const cities = some(cast.cities, 2);
  const parties = some(cast.parties, 1 + Math.floor(random() * 2));
  const organizations = some(cast.organizations, 1);
  const person = (full: string): string => {
    if (!named.has(full)) {
      named.add(full);
      return full;
    }
    return random() < 0.6 ? full.slice(full.lastIndexOf(' ') + 1) : full;
  };
  return () => {
    const [p, q] = twoOf(people, random);
    const [c, d] = twoOf(countries, random);
    const slots: Record<string, () => string> = {
      P: () => person(p),
      Q: () => person(q),
      C: () => c,
      D: () => d,
      CITY: () => pick(cities),
      PARTY: () => pick(parties),
      ORG: () => pick(organizations),
      MEDIA: () => pick(cast.media),
      TITLE: () => pick(TITLES),
      DAY: () => pick(DAYS),
      MONTH: () => pick(MONTHS),
      YEAR: () => String(1990 + Math.floor(random() * 34)),
    };
    return pick(TEMPLATES).replace(/\{([A-Z]+)\}/g, (slot, name: string) => slots[name]?.() ?? slot);
  };
}

// Two different items when there are two (a person does not meet themselves).
function twoOf(items: readonly string[], random: () => number): [string, string] {
  const first = Math.floor(random() * items.length);
  const second = (first + 1 + Math.floor(random() * Math.max(1, items.length - 1))) % items.length;
  return [items[first] as string, items[second] as string];
}
