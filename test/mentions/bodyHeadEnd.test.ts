import { bodyHeadEnd } from '../../src/mentions/bodyHeadEnd';
import { tokensOf } from '../helpers/tokensOf';

// The text of the words bodyHeadEnd reads from `from` to the end it finds, or undefined.
function bodyFrom(text: string, from: string): string | undefined {
  const tokens = tokensOf(text);
  const at = tokens.findIndex((token) => token.start === text.indexOf(from));
  const end = bodyHeadEnd(tokens, at);
  return end === undefined ? undefined : text.slice(tokens[at]?.start, tokens[end]?.end);
}

describe('bodyHeadEnd', () => {
  it.each([
    // Capitalized words that end in a body's head word, to a pause or a possessive.
    ['Shares of Royal Dutch Petroleum fell.', 'Dutch', 'Dutch Petroleum'],
    ['Members of the Doctor Vosk Society met.', 'Vosk', 'Vosk Society'],
    ['The Vosk Group, Orlak and Vela said so.', 'Vosk', 'Vosk Group'],
    // A plural's possessive is a word of the name.
    ["The Royal Liverpool Children's NHS Trust said so.", 'Liverpool', "Liverpool Children's NHS Trust"],
    ["The Vosk Teachers' Union said so.", 'Vosk', "Vosk Teachers' Union"],
    // Not words that end in none, nor a name after a pause or a possessive.
    ['Ann Vale met Tom Baxter.', 'Tom', undefined],
    ['They met at Vosk, Orlak Group said.', 'Orlak', undefined],
    ["Vosk's Orlak Group said so.", 'Orlak', undefined],
  ])('in %j reads the body from %j as %j', (text, from, expected) => {
    expect(bodyFrom(text, from)).toBe(expected);
  });
});
