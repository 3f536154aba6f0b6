import { tokenizeSyntax } from '../../src/syntax/tokenizeSyntax';
import { ABBREVIATIONS, ELIDED_WORDS, FUSED_WORDS, HYPHEN_PREFIXES, UNITS } from '../../src/syntax/tokenizerRules';

const words = (text: string): string[] => tokenizeSyntax(text).map((token) => token.text);

describe('tokenizeSyntax', () => {
  it.each([
    ["I don't think they'll come.", ['I', 'do', "n't", 'think', 'they', "'ll", 'come', '.']],
    ['We can’t, won’t and cannot.', ['We', 'ca', 'n’t', ',', 'wo', 'n’t', 'and', 'can', 'not', '.']],
    ["Warhol's art and the parents' room", ['Warhol', "'s", 'art', 'and', 'the', 'parents', "'", 'room']],
    ['The U.S. and Mr. Smith met Dr. J. Doe, e.g. at 5 p.m. today.', ['The', 'U.S.', 'and', 'Mr.', 'Smith', 'met', 'Dr.', 'J.', 'Doe', ',', 'e.g.', 'at', '5', 'p.m.', 'today', '.']],
    ['a well-known, non-profit co-op', ['a', 'well', '-', 'known', ',', 'non-profit', 'co-op']],
    ['He said "no" (twice)!', ['He', 'said', '"', 'no', '"', '(', 'twice', ')', '!']],
    ['It cost $5.50, or 10% more -- really?!', ['It', 'cost', '$', '5.50', ',', 'or', '10', '%', 'more', '--', 'really', '?!']],
    ['from 1,200 to 3,400 people in 1990-2000', ['from', '1,200', 'to', '3,400', 'people', 'in', '1990', '-', '2000']],
    ['Call 555-1234 or mail jo@example.com, see https://example.org/a-b.', ['Call', '555-1234', 'or', 'mail', 'jo@example.com', ',', 'see', 'https://example.org/a-b', '.']],
    ['and/or on 08/16/2000 b/c of it', ['and', '/', 'or', 'on', '08/16/2000', 'b/c', 'of', 'it']],
    ['Wait... what', ['Wait', '...', 'what']],
    ['“Yes,” she said.', ['“', 'Yes', ',', '”', 'she', 'said', '.']],
    ['the 1990s and the 2000’s', ['the', '1990s', 'and', 'the', '2000', '’s']],
    ['#audiobooks by @POTUS :-)', ['#audiobooks', 'by', '@POTUS', ':-)']],
    ['and t- to refer', ['and', 't-', 'to', 'refer']],
  ])('tokenizes %j as UD English does', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([ABBREVIATIONS, HYPHEN_PREFIXES, ELIDED_WORDS, FUSED_WORDS, UNITS].flatMap((rule) => rule.examples.map(([text, expected]) => [rule.id, text, expected] as const)))(
    'follows %s: %j',
    (_id, text, expected) => {
      expect(words(text)).toEqual(expected);
    },
  );

  it('gives offsets that slice each token out of the text, within the span asked for', () => {
    const text = 'Intro. “We’re here,” said Gov. Smith’s aide—again.';
    const start = text.indexOf('“');
    const tokens = tokenizeSyntax(text, start, text.length);
    expect(tokens[0]?.start).toBe(start);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((token) => token.text)).toEqual(['“', 'We', '’re', 'here', ',', '”', 'said', 'Gov.', 'Smith', '’s', 'aide', '—', 'again', '.']);
  });

  it('cuts a word seen before the same way, at its own offsets', () => {
    const words = (text: string) => tokenizeSyntax(text).map((token) => [token.text, token.start]);
    expect(words("Obama's (U.S.) plan didn't pass; Obama's (U.S.) plan.")).toEqual([
      ['Obama', 0], ["'s", 5], ['(', 8], ['U.S.', 9], [')', 13], ['plan', 15], ['did', 20], ["n't", 23], ['pass', 27], [';', 31],
      ['Obama', 33], ["'s", 38], ['(', 41], ['U.S.', 42], [')', 46], ['plan', 48], ['.', 52],
    ]);
  });

  it('finds no token in blank text', () => {
    expect(tokenizeSyntax('  \n\t ')).toEqual([]);
  });
});
