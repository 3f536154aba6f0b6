import type { EntityType } from '../knowledge/EntityType';
import type { NamingKind } from '../knowledge/GazetteerEntry';
import { normalizeKey } from '../text/normalizeKey';

// A capital or demonym stands for a country, but is no name of it: `Washington` never names the node; nor does a
// party's letter (`R` of `R-Texas`).
const NOT_NAMES: ReadonlySet<NamingKind> = new Set(['capital', 'demonym', 'letter']);
const ACRONYM = /^[\p{Lu}.&]+$/u;

/**
 * The name an article writes for an entity general knowledge names otherwise (`Czech Republic` for Czechia, `Free
 * Democrats` or `FDP` for ParlGov's `Free Democratic Party`, `Senate` for the US Senate), or undefined when the article
 * writes the known name or writes only a capital, a demonym, or a country's acronym (`U.S.`); the known name's first
 * words (`Democratic` of `Democratic Party`) name the node only where the article writes no other name. A graph names
 * its nodes as their articles do, so that readers and reference annotations find them.
 */
export function writtenName(known: string, type: EntityType, forms: readonly { surface: string; kind: NamingKind }[]): string | undefined {
  const names = forms.filter((form) => !NOT_NAMES.has(form.kind)).map((form) => form.surface.replace(/^the\s+/i, '').replace(/['’]s?$/, ''));
  if (names.some((name) => normalizeKey(name) === normalizeKey(known))) return undefined;
  // (The known name's first words, `Democratic` of `Democratic Party`, are an adjective or a shortening of it, and give
  // way to any other name written.)
  const full = names.filter((name) => !ACRONYM.test(name));
  const whole = full.filter((name) => !normalizeKey(known).startsWith(`${normalizeKey(name)} `));
  const candidates = whole.length > 0 ? whole : full.length > 0 ? full : type === 'Country' ? [] : names;
  return mostWritten(candidates);
}

// The most frequent form, the longer one on a tie (`Free Democrats` over `Free Democrat`).
function mostWritten(names: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
}
