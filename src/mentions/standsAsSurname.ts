import type { Knowledge } from '../knowledge/Knowledge';
import type { Token } from '../text/Token';
import { HOLIDAYS, NOT_NAME_TAGS, PLACE_PREPOSITIONS } from './nameWords';

// Tags of words that are no one's surname, however common as one (`June`, `Western`, `Victoria`).
const NOT_SURNAME_TAGS = [...NOT_NAME_TAGS, 'Date', 'Month'];
// Months that are given names too, tagged as names by compromise (`since June`).
const MONTHS: ReadonlySet<string> = new Set(['april', 'may', 'june', 'july', 'august']);
// Words before a name that make it a thing's or a family's (`the Dow`, `the Quint`, `the Sams`) or a place's (`of Shannon`).
const NOT_BEFORE_SURNAME: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, 'of', 'at', 'to', 'the', 'a', 'an']);

/**
 * Whether a capitalized word standing alone, that no full name in the article explains, reads as a person's surname
 * (`Vosk said`, `criticized Vosk`, `Vosk's plan`): a common surname that is no English word, standing as a noun phrase
 * of its own; not a place's (`in Orla`), a family's (`the Vosks`), a thing's (`the Dow`), a word qualifying the noun after
 * it (`Brent crude`) or part of a hyphenated name (`Jaish-e-Mohammed`).
 */
export function standsAsSurname(tokens: readonly Token[], at: number, knowledge: Pick<Knowledge, 'surnames'>): boolean {
  const token = tokens[at];
  if (!token || !knowledge.surnames.has(token.key) || !/^\p{Lu}\p{Ll}/u.test(token.text)) return false;
  if (NOT_SURNAME_TAGS.some((tag) => token.tags.has(tag)) || MONTHS.has(token.key) || HOLIDAYS.has(token.key)) return false;
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  if (before && (NOT_BEFORE_SURNAME.has(before.key) || before.possessive || ['Determiner', 'Adjective'].some((tag) => before.tags.has(tag)) || /-$/.test(before.post))) return false;
  if (/^-/.test(token.post)) return false;
  // `Orla, Vela and Kessel`: a word listed beside places is a place.
  const listedAfterPlace = before !== undefined && before.tags.has('Place') && /,/.test(before.post);
  const listedBeforePlace = after !== undefined && after.tags.has('Place') && /,/.test(token.post);
  if (listedAfterPlace || listedBeforePlace) return false;
  // `Vela, which makes ...`, `Vela, where he spoke`: a thing, a body or a place, not a person.
  if (/,/.test(token.post) && ['which', 'where'].includes(after?.key ?? '')) return false;
  const qualifies = after !== undefined && !token.possessive && !/\S/.test(token.post) && !after.capitalized && after.tags.has('Noun') && !after.tags.has('Verb');
  return !qualifies;
}
