import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { isOrdinaryPartyWord } from '../../src/mentions/isOrdinaryPartyWord';
import { tokensOf } from '../helpers/tokensOf';

function ordinary(text: string): boolean {
  const knowledge = defaultKnowledge();
  const tokens = tokensOf(text);
  const entry = knowledge.gazetteer.entries.get(tokens[0]?.key ?? '')?.find((option) => option.kind === 'party' && option.needsCountry);
  if (!entry) throw new Error(`no party word opens ${text}`);
  return isOrdinaryPartyWord(tokens, 0, 1, entry, knowledge);
}

describe('isOrdinaryPartyWord', () => {
  it.each([
    ['Labour costs rose.', true],
    ['Conservative estimates differ.', true],
    ['Respect for the law matters.', true],
    ['Labour said no.', false],
    ['Republican lawmakers voted.', false],
    ['Conservative home affairs spokesman Tom Baxter spoke.', false],
    ['Labour co-leader Ann Vale spoke.', false],
    ['Conservative co-chairman Tom Baxter spoke.', false],
  ])('reads the first word of %j as the ordinary word: %s', (text, expected) => {
    expect(ordinary(text)).toBe(expected);
  });
});
