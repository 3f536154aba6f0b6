import { NewsgraphError } from '../../errors/NewsgraphError';

/** The split a GUM document belongs to, as GUM's splits.md lists it. */
export type GumSplit = 'train' | 'dev' | 'test' | 'test2';

/** Reads GUM's splits.md (`## dev` headings over `* GUM_bio_byron` items) into a map from document name to split. */
export function gumSplits(markdown: string): Map<string, GumSplit> {
  const splits = new Map<string, GumSplit>();
  let current: GumSplit | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^##\s+(\w+)\s*$/.exec(line);
    if (heading) {
      const name = heading[1];
      current = name === 'train' || name === 'dev' || name === 'test' || name === 'test2' ? name : undefined;
      continue;
    }
    const item = /^\s*\*\s+(\S+)\s*$/.exec(line);
    if (item?.[1] && current) splits.set(item[1], current);
  }
  for (const split of ['train', 'dev', 'test'] as const) {
    if (![...splits.values()].includes(split)) {
      throw new NewsgraphError('NG_GUM_SPLITS', `GUM's splits.md lists no ${split} document; point the trainer at GUM's own splits.md.`);
    }
  }
  return splits;
}
