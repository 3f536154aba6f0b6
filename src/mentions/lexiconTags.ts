import nlp from 'compromise';

// compromise's lexicon, by word: the tag or tags it knows the word by out of context.
const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;

/**
 * The tag (or tags) compromise's lexicon gives a lower-case word, whatever its tagger read in a sentence; undefined for
 * a word it does not know.
 */
export function lexiconTags(key: string): unknown {
  return lexicon[key];
}
