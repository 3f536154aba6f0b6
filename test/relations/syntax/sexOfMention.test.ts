import type { ActorMention } from '../../../src/relations/syntax/ActorMention';
import type { AnalyzedSentence } from '../../../src/relations/syntax/AnalyzedSentence';
import { sexOfMention } from '../../../src/relations/syntax/sexOfMention';
import { tokensOf } from '../../helpers/tokensOf';

describe('sexOfMention', () => {
  it.each([
    // A courtesy title tells, then the lexicon's given names; an unknown given name tells nothing.
    ['Later Mrs Vosk spoke.', 2, 'female'],
    ['Later Mr Vosk spoke.', 2, 'male'],
    ['Later Ann Vale spoke.', 1, 'female'],
    ['Later Tom Baxter spoke.', 1, 'male'],
    ['Later Orla Kessel spoke.', 1, undefined],
  ])('reads the sex of the person in %j (from word %i) as %s', (text, first, expected) => {
    const tokens = tokensOf(text);
    const person: ActorMention = { entity: 'person:x', type: 'Person', first, last: first + (first === 1 ? 1 : 0), kind: 'name' };
    expect(sexOfMention({ tokens } as unknown as AnalyzedSentence, person)).toBe(expected);
  });
});
