import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { matchKnownTitleAt } from '../../src/mentions/matchKnownTitleAt';
import { tokensOf } from '../helpers/tokensOf';

describe('matchKnownTitleAt', () => {
  it.each([
    ['U.S. Attorney Ann Vale said so.', 'U.S. Attorney'],
    ['Secretary of State Ann Vale said so.', 'Secretary of State'],
    // The title's last word opens a longer known title: the country's name is a name of its own.
    ['U.S. Attorney General Ann Vale said so.', undefined],
    ['Ann Vale said so.', undefined],
  ])('reads the known title that opens %j as %j', (text, expected) => {
    const tokens = tokensOf(text);
    const found = matchKnownTitleAt(tokens, 0, defaultKnowledge());
    expect(found === undefined ? undefined : text.slice(tokens[0]?.start, tokens[found.length - 1]?.end)).toBe(expected);
  });
});
