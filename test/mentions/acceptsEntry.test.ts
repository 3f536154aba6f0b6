import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { acceptsEntry } from '../../src/mentions/acceptsEntry';
import { tokenizeBlocks } from '../../src/text/tokenizeBlocks';

function accepted(text: string, phrase: string): boolean {
  const block = { text, origin: Int32Array.from({ length: text.length + 1 }, (_, i) => i), heading: false };
  const tokens = tokenizeBlocks([block]).flatMap((sentence) => sentence.tokens);
  const at = tokens.findIndex((token) => token.key === phrase.split(' ')[0]);
  const entries = defaultKnowledge().gazetteer.entries.get(phrase) ?? [];
  return entries.some((entry) => acceptsEntry(entry, tokens, at, phrase.split(' ').length));
}

describe('acceptsEntry', () => {
  it.each([
    ['The Independent reported it.', 'the independent', true],
    // A newspaper's or party's name counts only in every word its name capitalizes.
    ['The independent candidate won.', 'the independent', false],
    ['Officials from Nato met.', 'nato', true],
    ['officials from france met.', 'france', false],
  ])('in %j accepts the known name %j: %s', (text, phrase, expected) => {
    expect(accepted(text, phrase)).toBe(expected);
  });
});
