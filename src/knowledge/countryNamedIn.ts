import { normalizeKey } from '../text/normalizeKey';
import type { Knowledge } from './Knowledge';

// How a phrase names a country for sure: by its name, not by a capital or demonym that stands for it.
const COUNTRY_NAMES = new Set(['name', 'alias']);

/**
 * The country a body's name ends with after `of` (`Revolutionary Armed Forces of Colombia`, `Communist Party of Nepal`,
 * `Central Bank of the Philippines`): a body named for its country is that country's; undefined for any other name,
 * and for a name general knowledge knows (`Bank of America` is a company of its own, `Bank of Japan` has its country).
 */
export function countryNamedIn(name: string, knowledge: Knowledge): string | undefined {
  if (knowledge.gazetteer.entries.has(normalizeKey(name))) return undefined;
  const words = name.split(/\s+/);
  const of = words.lastIndexOf('of');
  if (of < 1) return undefined;
  const tail = words.slice(words[of + 1]?.toLowerCase() === 'the' ? of + 2 : of + 1);
  const entries = knowledge.gazetteer.entries.get(normalizeKey(tail.join(' '))) ?? [];
  return entries.find((entry) => entry.type === 'Country' && COUNTRY_NAMES.has(entry.kind) && !entry.needsCountry)?.entityId;
}
