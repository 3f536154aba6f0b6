import type { Token } from '../text/Token';
import { lexiconHas } from './lexiconHas';

const PLACE_TAGS: ReadonlySet<string> = new Set(['Place', 'Region', 'Country', 'City', 'Demonym']);

/** Whether compromise knows the word as a place or its adjective (`Ontario`, `Texas`, `Scottish`), however it was tagged in the sentence. */
export function isPlaceWord(token: Token): boolean {
  return lexiconHas(token.key, PLACE_TAGS);
}
