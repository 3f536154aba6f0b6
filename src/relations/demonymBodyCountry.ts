import type { Knowledge } from '../knowledge/Knowledge';
import { ORGANIZATION_HEADS } from '../mentions/nameWords';
import { normalizeKey } from '../text/normalizeKey';

/**
 * The country whose demonym opens a body's name that ends in a body's head word (`Australian Federal Police`, `South
 * African Medical Association`): such a body is that country's. Undefined for a demonym several countries share, for names
 * general knowledge knows (which carry their own country, or none: `American Express`), and for names ending in
 * anything else (`French Open` is a tournament).
 */
export function demonymBodyCountry(name: string, knowledge: Knowledge): string | undefined {
  const words = name.split(/\s+/);
  if (knowledge.gazetteer.entries.has(normalizeKey(name)) || !ORGANIZATION_HEADS.has((words.at(-1) ?? '').toLowerCase())) return undefined;
  for (const length of [2, 1]) {
    if (words.length <= length) continue;
    const entries = knowledge.gazetteer.entries.get(normalizeKey(words.slice(0, length).join(' '))) ?? [];
    const countries = new Set(entries.filter((entry) => entry.type === 'Country' && entry.kind === 'demonym').map((entry) => entry.entityId));
    if (countries.size === 1) return [...countries][0];
  }
  return undefined;
}
