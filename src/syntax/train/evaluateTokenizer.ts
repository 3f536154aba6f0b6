import type { ConlluSentence } from '../ConlluSentence';
import { tokenizeSyntax } from '../tokenizeSyntax';

/** Agreement of the tokenizer with gold words, as the CoNLL 2018 shared task's word F1 counts it (same spans). */
export interface TokenizerScores {
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
  readonly f1: number;
  /** Sentences whose words could not be found in their `# text` line, left out of the counts. */
  readonly skipped: number;
  /** A few sentences where the tokenizer and the gold words differ: the gold words and ours, joined by spaces. */
  readonly differences: readonly (readonly [string, string])[];
}

/** Tokenizes each sentence's `# text` line and compares the token spans with the spans of its gold words. */
export function evaluateTokenizer(sentences: readonly ConlluSentence[], maxDifferences = 20): TokenizerScores {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let skipped = 0;
  const differences: (readonly [string, string])[] = [];
  for (const sentence of sentences) {
    const spans = goldSpans(sentence);
    if (!spans) {
      skipped++;
      continue;
    }
    const tokens = tokenizeSyntax(sentence.text);
    const keys = new Set(spans.map(([start, end]) => `${start}:${end}`));
    const hits = tokens.filter((token) => keys.has(`${token.start}:${token.end}`)).length;
    gold += spans.length;
    predicted += tokens.length;
    matched += hits;
    if ((hits !== spans.length || hits !== tokens.length) && differences.length < maxDifferences) {
      differences.push([sentence.words.map((word) => word.form).join(' '), tokens.map((token) => token.text).join(' ')]);
    }
  }
  const f1 = gold + predicted === 0 ? 0 : (2 * matched) / (gold + predicted);
  return { gold, predicted, matched, f1, skipped, differences };
}

function goldSpans(sentence: ConlluSentence): [number, number][] | undefined {
  const spans: [number, number][] = [];
  let position = 0;
  for (const word of sentence.words) {
    while (position < sentence.text.length && /\s/.test(sentence.text[position] as string)) position++;
    if (!sentence.text.startsWith(word.form, position)) return undefined;
    spans.push([position, position + word.form.length]);
    position += word.form.length;
  }
  return spans;
}
