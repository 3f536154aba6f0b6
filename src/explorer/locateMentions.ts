/**
 * Where the given names (an entity's name and aliases) stand in a sentence, as `[start, end]` UTF-16 spans sorted by
 * start: whole words only, exact case (so the alias "US" does not mark "us"), longer names first, no span overlapping
 * another. Finding none is an empty list: evidence keeps the sentence, not the mention offsets, and a demonym or
 * pronoun that named the entity cannot be found again this way.
 */
export function locateMentions(sentence: string, names: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  const candidates = [...new Set(names.filter((name) => name.trim().length > 0))].sort((a, b) => b.length - a.length);
  for (const name of candidates) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (spans.every(([from, to]) => end <= from || start >= to)) spans.push([start, end]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
