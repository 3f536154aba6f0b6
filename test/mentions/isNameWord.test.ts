import { isNameWord } from '../../src/mentions/isNameWord';
import { tokensOf } from '../helpers/tokensOf';

function wordIn(text: string, word: string): boolean {
  const tokens = tokensOf(text);
  return isNameWord(tokens, tokens.findIndex((token) => token.start === text.indexOf(word)));
}

describe('isNameWord', () => {
  it.each([
    // Inside a sentence a capitalized word may be a name; opening one, only if it is no ordinary word.
    ['They met Vosk on Monday.', 'Vosk', true],
    ['Vosk met them on Monday.', 'Vosk', true],
    ['Following the vote, they left.', 'Following', false],
    // A word no dictionary knows is a name, whatever compromise guessed from its ending; an English participle is not.
    ['Kaupthing Bank said profits fell.', 'Kaupthing', true],
    ['Sidestepping questions, Ann Vale left.', 'Sidestepping', false],
    ['He said: Following the vote, they left.', 'Following', false],
    // A word placing a party in or out of power, opening the sentence, qualifies the name after it.
    ['Opposition Vosk Party leader Ann Vale said so.', 'Opposition', false],
    // A name's particle before a capitalized word opens a name; a capital joined to a lower-case word is a noun.
    ['Le Bris said so.', 'Le', true],
    ['He bought a T-shirt there and a X-ray.', 'T-shirt', false],
    // An airline's or a club's first word opening a sentence before its place's name opens the name.
    ['Air Canada said profits fell.', 'Air', true],
    ['Real Madrid won on Sunday.', 'Real', true],
    ['Air quality fell in Canada.', 'Air', false],
    // A possessive opening a sentence before a post only a body has is the body's name; not a day's.
    ["Oracle's chief executive, Ann Vale, left.", 'Oracle', true],
    ["Today's chief executive pay is high.", 'Today', false],
    // An acronym is a name wherever it stands.
    ['NATO said so.', 'NATO', true],
    ['BA chief executive Ann Vale said so.', 'BA', true],
    // A word compromise's lexicon knows as a place among other tags.
    ['Everton chairman Ann Vale said so.', 'Everton', true],
    // A demonym is capitalized wherever it stands: opening a sentence, it may open a body's name.
    ['Scottish Vosk Party leader Ann Vale said so.', 'Scottish', true],
    ['Welsh Vosk Party leader Ann Vale said so.', 'Welsh', true],
    // A short word before a given name of two hyphened romanized syllables is a Korean surname, whatever word it spells;
    // not before an English compound.
    ['Ban Ki-moon said so.', 'Ban', true],
    ['Park Mi-sun said so.', 'Park', true],
    ['Long-term plans failed.', 'Long-term', false],
    ['Many Pro-war groups marched.', 'Many', false],
  ])('in %j reads %j as a name word: %s', (text, word, expected) => {
    expect(wordIn(text, word)).toBe(expected);
  });
});
