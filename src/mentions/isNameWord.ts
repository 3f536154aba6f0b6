import type { Token } from '../text/Token';
import { isCommonWord } from './isCommonWord';
import { isDictionaryWord } from './isDictionaryWord';
import { isEnglishWord } from './isEnglishWord';
import { isKnownGivenName } from './isKnownGivenName';
import { isListedGivenName } from './isListedGivenName';
import { isRomanizedSyllable } from './isRomanizedSyllable';
import { lexiconHas } from './lexiconHas';
import { opensClause } from './opensClause';
import { opensCompanyPost } from './ownsCompanyThing';
import { BREAKING_PUNCTUATION, CLUB_PREFIXES, FUNCTION_WORDS, MASTHEAD_WORDS, NAME_PARTICLES, PARTY_STANDINGS, PERSON_TAGS, PLACE_BRAND_PREFIXES } from './nameWords';

// Tags of compromise's lexicon that make a word a name.
const NAME_LEXICON_TAGS: ReadonlySet<string> = new Set(['Organization', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'Country', 'City', 'Region']);

/** Whether a capitalized word may start or be a name where it stands, not just opening a sentence or clause. */
export function isNameWord(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  // `Le Bris said`, `De Gaulle`: a name's particle written with a capital before a capitalized word opens a name.
  if (NAME_PARTICLES.has(token.key) && token.capitalized && tokens[index + 1]?.capitalized === true && !BREAKING_PUNCTUATION.test(token.post)) return true;
  // `Des Browne said`: a word no English dictionary knows, before one compromise knows as a surname, is a given name
  // whatever else compromise took it for (a French article).
  if (/^\p{Lu}\p{Ll}+$/u.test(token.text) && !isEnglishWord(token) && tokens[index + 1]?.tags.has('LastName') === true && !/\S/.test(token.post)) return true;
  // `the Sunday Telegraph`, `the Sunday Times`: a day's name before a masthead word opens the newspaper's name.
  const next = tokens[index + 1];
  if (token.tags.has('WeekDay') && next?.capitalized === true && MASTHEAD_WORDS.has(next.key) && !BREAKING_PUNCTUATION.test(token.post)) return true;
  // `Air France said`, `Real Madrid won`: an airline's or a club's first word before its place's name opens the name.
  if ((PLACE_BRAND_PREFIXES.has(token.key) || CLUB_PREFIXES.has(token.key)) && next?.capitalized === true && next.tags.has('Place') && !BREAKING_PUNCTUATION.test(token.post)) return true;
  if (FUNCTION_WORDS.has(token.key) || ['Date', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction'].some((tag) => token.tags.has(tag))) return false;
  // `Oracle's chief executive, X,`: a possessive before a post only a body has is a body's name, opening a sentence too.
  if (token.possessive && opensCompanyPost(tokens, index + 1)) return true;
  // `T-shirt`, `X-ray`, `U-turn`: a capital letter joined to a lower-case word is a common noun.
  if (/^\p{Lu}-\p{Ll}/u.test(token.text)) return false;
  // `Ban Ki-moon said`, `Park Geun-hye`: a short word before a given name of two hyphened romanized syllables is a
  // Korean surname, whatever English word it spells.
  const given = tokens[index + 1];
  const second = tokens[index + 2];
  if (/^\p{Lu}\p{Ll}{1,4}$/u.test(token.text) && !/\S/.test(token.post) && !['Adjective', 'Adverb'].some((tag) => token.tags.has(tag)) && given?.capitalized === true && given.post === '-' && isRomanizedSyllable(given.text)
    && second !== undefined && /^\p{Ll}+$/u.test(second.text) && isRomanizedSyllable(second.text)) return true;
  if (index > 0 && !opensClause(tokens, index)) return true;
  // `Opposition Labour leader X`, `Ruling Unity Party leader X`: a word that places a party in or out of power, opening
  // the sentence before a capitalized word, qualifies the name after it (`the opposition Labour leader`).
  if (PARTY_STANDINGS.has(token.key) && tokens[index + 1]?.capitalized === true && !BREAKING_PUNCTUATION.test(token.post)) return false;
  // `Marine Le Pen said`: a word before a name's particle and a capitalized word is a given name, whatever else it means.
  if (NAME_PARTICLES.has(tokens[index + 1]?.key ?? '') && tokens[index + 2]?.capitalized === true && !BREAKING_PUNCTUATION.test(token.post)) return true;
  // `Drummer Ann Vale said`, `Billionaire Tom Baxter`: an English word opening a sentence before a given name is what
  // the person is, no name.
  const givenAfter = tokens[index + 1] !== undefined && (isKnownGivenName(tokens[index + 1] as Token) || isListedGivenName(tokens[index + 1] as Token));
  if (isDictionaryWord(token) && !PERSON_TAGS.some((tag) => token.tags.has(tag)) && !isListedGivenName(token) && givenAfter) return false;
  // A sentence's or clause's first word is capitalized anyway: it is a name only if compromise says so or does not know
  // it as a word (`Following Mr Prescott`, `- Following the vote`).
  // An acronym (`FBI Director X said`, `BA chief executive`, `(PT)`) is written in capitals wherever it stands.
  // compromise's lexicon may know the word as a name where its tagger read it otherwise (`Oxfam's director`).
  // A demonym is capitalized wherever it stands (`Scottish Socialist Party convener X`).
  return PERSON_TAGS.some((tag) => token.tags.has(tag)) || token.tags.has('Place') || token.tags.has('Organization') || token.tags.has('Demonym') || lexiconHas(token.key, NAME_LEXICON_TAGS)
    || ((token.tags.has('Acronym') || token.tags.has('Abbreviation') || /\($/.test(token.pre)) && /^\p{Lu}{2,6}$/u.test(token.text))
    // (`Kaupthing Bank said`: compromise guesses a word it does not know for a verb by its ending alone.)
    || (!isCommonWord(token) && (!token.tags.has('Verb') || !isEnglishWord(token)) && !token.tags.has('Adverb'));
}
