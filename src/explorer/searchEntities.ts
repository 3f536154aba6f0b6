import type { ExplorerData } from './ExplorerData';
import { indexExplorerData } from './indexExplorerData';
import { normalizeSearchText } from './normalizeSearchText';

/** How well a name matched a query, best first: the whole name, its start, the start of a word, inside, or a near spelling. */
export const MATCH_KINDS = ['exact', 'prefix', 'word', 'inside', 'near'] as const;

/** One entity found by searchEntities: its node, its name, the name or alias that matched and how. */
export interface EntityMatch {
  node: number;
  name: string;
  /** The name, alias or id the query matched (folded by normalizeSearchText). */
  matched: string;
  kind: (typeof MATCH_KINDS)[number];
}

/**
 * Entities whose name or alias matches the query, or whose id is the query (accents, case and punctuation folded), best
 * match first: an exact name or id, then names starting with the query, a word starting with it, containing it, and last names within a typo or
 * two of it (for queries of five letters and more); ties go to the most mentioned entity. An empty query finds nothing.
 */
export function searchEntities(data: ExplorerData, query: string, limit = 10): EntityMatch[] {
  const wanted = normalizeSearchText(query);
  if (!wanted) return [];
  const { searchKeys } = indexExplorerData(data);
  const tolerance = wanted.length < 5 ? 0 : wanted.length < 9 ? 1 : 2;
  const found: (EntityMatch & { rank: number; mentions: number })[] = [];
  data.nodes.forEach(([id = -1, name = -1, , mentions = 0], node) => {
    // An id is matched whole only: ids embed other names (`organization:ukraine-servant-of-the-people`).
    const idKey = normalizeSearchText(data.strings[id] ?? '');
    let best: { rank: number; matched: string } | undefined = idKey === wanted ? { rank: 0, matched: idKey } : undefined;
    for (const key of searchKeys[node] ?? []) {
      const rank = matchRank(key, wanted, tolerance);
      if (rank !== undefined && (best === undefined || rank < best.rank)) best = { rank, matched: key };
    }
    if (best) {
      found.push({ node, name: data.strings[name] ?? '', matched: best.matched, kind: MATCH_KINDS[best.rank] ?? 'near', rank: best.rank, mentions });
    }
  });
  return found
    .sort((a, b) => a.rank - b.rank || b.mentions - a.mentions || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ node, name, matched, kind }) => ({ node, name, matched, kind }));
}

function matchRank(key: string, wanted: string, tolerance: number): number | undefined {
  if (key === wanted) return 0;
  if (key.startsWith(wanted)) return 1;
  const words = key.split(' ');
  if (words.some((word) => word.startsWith(wanted))) return 2;
  if (key.includes(wanted)) return 3;
  if (tolerance > 0 && [key, ...words].some((candidate) => withinDistance(candidate, wanted, tolerance))) return 4;
  return undefined;
}

// Edit distance at most `limit`, a swap of two neighbouring letters counting as one edit (optimal string alignment),
// with an early exit once every cell of a row exceeds the limit.
function withinDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let row = 1; row <= a.length; row++) {
    const current = [row];
    let smallest = row;
    for (let column = 1; column <= b.length; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      let value = Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, (previous[column - 1] ?? 0) + cost);
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
        value = Math.min(value, (before[column - 2] ?? 0) + 1);
      }
      current.push(value);
      smallest = Math.min(smallest, value);
    }
    if (smallest > limit) return false;
    before = previous;
    previous = current;
  }
  return (previous[b.length] ?? Infinity) <= limit;
}
