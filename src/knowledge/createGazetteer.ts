import { normalizeKey } from '../text/normalizeKey';
import type { Gazetteer } from './Gazetteer';
import type { GazetteerEntry } from './GazetteerEntry';

/** Indexes gazetteer entries by normalized phrase; the first entry given for a phrase takes precedence. */
export function createGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const index = new Map<string, GazetteerEntry[]>();
  const starts = new Set<string>();
  let maxWords = 1;
  for (const entry of entries) {
    const key = normalizeKey(entry.phrase);
    if (!key) continue;
    const words = key.split(' ');
    maxWords = Math.max(maxWords, words.length);
    starts.add(words[0] ?? key);
    const list = index.get(key) ?? [];
    // Exact-case forms are kept one by one (`U.K.` and `UK`); other forms of the same entity need only one entry.
    if (entry.exactCase || !list.some((known) => known.entityId === entry.entityId && !known.exactCase)) list.push(entry);
    index.set(key, list);
  }
  return { entries: index, starts, maxWords };
}
