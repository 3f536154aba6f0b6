import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { acceptsEntry } from '../../src/mentions/acceptsEntry';
import { tokensOf } from '../helpers/tokensOf';

function accepted(text: string, phrase: string): boolean {
  const tokens = tokensOf(text);
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
