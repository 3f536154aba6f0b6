import type { Token } from '../text/Token';

// Each index's phrases cut before each of their spaces (`united states of` of `united states of america`), so that a
// scan stops at the first word no phrase goes on with rather than joining maxWords keys at every token.
const prefixesOf = new WeakMap<ReadonlyMap<string, unknown>, ReadonlySet<string>>();

/** Length in tokens of the longest phrase of `index` that starts at token `at` (0 when none); phrases are normalized keys. */
export function matchPhraseAt<T>(
  tokens: readonly Token[],
  at: number,
  index: ReadonlyMap<string, T>,
  maxWords: number,
  accept: (value: T, length: number) => boolean = () => true,
): { length: number; value: T } | undefined {
  const prefixes = phrasePrefixes(index);
  let key = '';
  const found: { length: number; value: T }[] = [];
  for (let length = 1; length <= maxWords && at + length <= tokens.length; length++) {
    const token = tokens[at + length - 1];
    if (!token) break;
    const plain = key ? `${key} ${token.key}` : token.key;
    const value = index.get(plain);
    if (value !== undefined) found.push({ length, value });
    if (/[,;:()"“”]/.test(token.post)) break;
    // A possessive ends a name (`Germany's Foreign Minister` is not one phrase) unless a known one goes on with it
    // (`People's Daily`, `Republican People's Party`, `Workers' Party`).
    key = token.possessive ? `${plain}${/['’]s$/.test(token.text) ? "'s" : "'"}` : plain;
    if (!prefixes.has(key)) break;
  }
  for (let k = found.length - 1; k >= 0; k--) {
    const candidate = found[k];
    if (candidate && accept(candidate.value, candidate.length)) return candidate;
  }
  return undefined;
}

function phrasePrefixes(index: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  let prefixes = prefixesOf.get(index);
  if (!prefixes) {
    const cut = new Set<string>();
    for (const phrase of index.keys()) {
      for (let space = phrase.indexOf(' '); space >= 0; space = phrase.indexOf(' ', space + 1)) cut.add(phrase.slice(0, space));
    }
    prefixes = cut;
    prefixesOf.set(index, prefixes);
  }
  return prefixes;
}
