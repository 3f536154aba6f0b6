import type { ActorMention } from '../../../src/relations/syntax/ActorMention';
import type { AnalyzedSentence } from '../../../src/relations/syntax/AnalyzedSentence';
import { mentionAfterOf } from '../../../src/relations/syntax/mentionAfterOf';

// `Sen. Ann Vale of Ohio said` and `Ann Vale of the Vosk Party`, with just the fields the function reads.
const vale = { entity: 'person:ann-vale', type: 'Person', first: 1, last: 2 } as ActorMention;
const ohio = { entity: 'location:ohio', type: 'Location', first: 4, last: 4 } as ActorMention;
const party = { entity: 'organization:vosk-party', type: 'Organization', first: 5, last: 6 } as ActorMention;
const sentence = (keys: string[], mentionAt: (ActorMention | undefined)[]) => ({ tokens: keys.map((key) => ({ key })), mentionAt }) as unknown as AnalyzedSentence;

describe('mentionAfterOf', () => {
  it.each([
    ['the place right after `of`', sentence(['sen.', 'ann', 'vale', 'of', 'ohio', 'said'], [undefined, vale, vale, undefined, ohio, undefined]), ohio],
    ['nothing when a word stands between `of` and the mention', sentence(['sen.', 'ann', 'vale', 'of', 'the', 'vosk', 'party'], [undefined, vale, vale, undefined, undefined, party, party]), undefined],
    ['nothing without `of`', sentence(['sen.', 'ann', 'vale', 'in', 'ohio'], [undefined, vale, vale, undefined, ohio]), undefined],
  ] as const)('gives %s', (_title, s, expected) => {
    expect(mentionAfterOf(s, vale.last)).toBe(expected);
  });
});
