import { relativeAsides } from '../../src/syntax/relativeAsides';
import { tokenizeSyntax } from '../../src/syntax/tokenizeSyntax';

// The words of each relative clause found, commas included.
const asidesOf = (text: string): string[] => {
  const tokens = tokenizeSyntax(text);
  return relativeAsides(tokens).map(([open, close]) => tokens.slice(open, close + 1).map((token) => token.text).join(' '));
};

describe('relativeAsides', () => {
  it.each([
    ['Ann Vale, who did not attend the talks, criticised Tom Baxter.', [', who did not attend the talks ,']],
    ['Ann Vale, whose party favours talks with the government, accused Tom Baxter of lying.', [', whose party favours talks with the government ,']],
    ['The Vosk union, which represents 2,500 workers, urged Tom Baxter to act.', [', which represents 2,500 workers ,']],
    // A clause that runs to the end of the sentence is not set off.
    ['Ann Vale criticised Tom Baxter, who resigned.', []],
    // A clause before `and` may end a coordinated phrase.
    ["Vosk's support for the police, which the party refused to endorse, and the unionists' offer were discussed.", []],
    // A comma before the next item of a list inside the clause ends nothing.
    ['Ann Vale, whose party favours talks with Tom Baxter, the Greens and the unions, accused Rosa Vance of lying.', []],
    // Nor does a quote or bracket inside it close.
    ['Ann Vale, who called it "a farce, frankly", resigned.', []],
  ])('finds in %j the clauses %j', (text, expected) => {
    expect(asidesOf(text)).toEqual(expected);
  });
});
