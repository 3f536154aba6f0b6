import { lexiconTags } from './lexiconTags';

/** Whether compromise's lexicon gives a lower-case word one of these tags (it gives one tag, or several: `Everton`). */
export function lexiconHas(key: string, tags: ReadonlySet<string>): boolean {
  const known = lexiconTags(key);
  return (Array.isArray(known) ? known : [known]).some((tag) => typeof tag === 'string' && tags.has(tag));
}
