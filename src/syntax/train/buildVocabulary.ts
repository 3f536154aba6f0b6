import type { ConlluSentence } from '../ConlluSentence';
import type { TagPair } from '../TaggerModel';

/** The classes training learns: tag pairs and dependency labels, each ordered from the most frequent. */
export interface Vocabulary {
  readonly tags: readonly TagPair[];
  readonly labels: readonly string[];
}

/** Collects the tag pairs and labels of the training sentences (ties broken alphabetically, so the order is stable). */
export function buildVocabulary(sentences: readonly ConlluSentence[]): Vocabulary {
  const tagCounts = new Map<string, number>();
  const labelCounts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      const tag = `${word.upos} ${word.xpos}`;
      tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
      labelCounts.set(word.deprel, (labelCounts.get(word.deprel) ?? 0) + 1);
    }
  }
  const byFrequency = (counts: Map<string, number>): string[] =>
    [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key]) => key);
  return {
    tags: byFrequency(tagCounts).map((tag) => {
      const [upos = '', xpos = ''] = tag.split(' ');
      return { upos, xpos };
    }),
    labels: byFrequency(labelCounts),
  };
}
