import type { Token } from '../text/Token';
import { lexiconTags } from './lexiconTags';

const PLACE_TAGS = new Set(['Place', 'Region', 'Country', 'City', 'Demonym']);

/** Whether compromise knows the word as a place or its adjective (`Ontario`, `Texas`, `Scottish`), however it was tagged in the sentence. */
export function isPlaceWord(token: Token): boolean {
  const tags = lexiconTags(token.key);
  return tags !== undefined && (Array.isArray(tags) ? tags : [tags]).some((tag) => PLACE_TAGS.has(tag));
}
