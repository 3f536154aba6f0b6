import type { Token } from '../text/Token';

/** Length in tokens of the longest phrase of `index` that starts at token `at` (0 when none); phrases are normalized keys. */
export function matchPhraseAt<T>(
  tokens: readonly Token[],
  at: number,
  index: ReadonlyMap<string, T>,
  maxWords: number,
  accept: (value: T, length: number) => boolean = () => true,
): { length: number; value: T } | undefined {
  let key = '';
  const found: { length: number; value: T }[] = [];
  for (let length = 1; length <= maxWords && at + length <= tokens.length; length++) {
    const token = tokens[at + length - 1];
    if (!token) break;
    key = key ? `${key} ${token.key}` : token.key;
    const value = index.get(key);
    if (value !== undefined) found.push({ length, value });
    // A possessive or a comma ends a name: `Germany's Foreign Minister` is not one phrase.
    if (token.possessive || /[,;:()"“”]/.test(token.post)) break;
  }
  for (let k = found.length - 1; k >= 0; k--) {
    const candidate = found[k];
    if (candidate && accept(candidate.value, candidate.length)) return candidate;
  }
  return undefined;
}
