import nlp from 'compromise';
import type { Token } from '../text/Token';

// compromise's lexicon, whose tags for a word hold even where its tagger read the word otherwise in a sentence.
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;
const PLACE_TAGS = new Set(['Place', 'Region', 'Country', 'City', 'Demonym']);

/** Whether compromise knows the word as a place or its adjective (`Ontario`, `Texas`, `Scottish`), however it was tagged in the sentence. */
export function isPlaceWord(token: Token): boolean {
  const tags = lexicon[token.key];
  return tags !== undefined && (Array.isArray(tags) ? tags : [tags]).some((tag) => PLACE_TAGS.has(tag));
}
