import { extractDocument } from '../../src/pipeline/extractDocument';
import type { SentenceParser } from '../../src/syntax/DependencyTree';
import { toDependencyTree } from '../../src/syntax/DependencyTree';

// The sentences extractDocument hands to the parser (those mayStateRelation accepts), by their text.
function parsedSentences(text: string): string[] {
  const seen: string[] = [];
  const recorder: SentenceParser = (block, start, end) => {
    seen.push(block.slice(start, end));
    return toDependencyTree([]);
  };
  extractDocument({ id: 'doc.txt', text }, { parser: recorder });
  return seen;
}

describe('mayStateRelation', () => {
  it.each([
    ['Brazil criticized Argentina.', ['Brazil criticized Argentina.']],
    // A role noun with a person and a body: an office may be read from the tree.
    ['Anna Berg, a lawyer for Amnesty International, spoke.', ['Anna Berg, a lawyer for Amnesty International, spoke.']],
    ['Paul Allen co-founded Microsoft.', ['Paul Allen co-founded Microsoft.']],
    // `its` may stand for the body the sentence before named.
    ['Orla Group lost. Its chief legal officer, Anna Berg, resigned.', ['Its chief legal officer, Anna Berg, resigned.']],
    // A trigger and one party named, one standing in.
    ['Olaf Scholz spoke. He criticized Poland.', ['He criticized Poland.']],
    ['Brazil criticized the ruling.', ['Brazil criticized the ruling.']],
    // An act on terms (`would walk out unless`) reads a threat; `said` alone, or the act without terms, does not.
    ['Ann Vale said the Vosk Union would walk out unless Orlak Steel paid.', ['Ann Vale said the Vosk Union would walk out unless Orlak Steel paid.']],
    ['Ann Vale said the Vosk Union would walk out.', []],
    ['Ann Vale said the Vosk Union had lost.', []],
    // No trigger word, or only one party: nothing to parse.
    ['Brazil and Argentina opened a bridge.', []],
    ['Brazil criticized the weather.', []],
    ['The minister criticized the plan.', []],
    ['Anna Berg, a lawyer, spoke.', []],
  ])('parses %j as %j', (text, expected) => {
    expect(parsedSentences(text)).toEqual(expected);
  });
});
