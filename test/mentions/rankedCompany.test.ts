import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { rankedCompany } from '../../src/mentions/rankedCompany';
import { tokensOf } from '../helpers/tokensOf';

describe('rankedCompany', () => {
  it.each([
    ['Shares in General Dynamics fell.', 3, true],
    ['General Electric cut jobs.', 1, true],
    // A surname, a word no dictionary has, or a longer name after the rank make a general.
    ['General Petraeus spoke.', 1, false],
    ['General Lee spoke.', 1, false],
    ['General Tom Vale spoke.', 1, false],
  ])('in %j reads word %i after a rank as a company\'s: %s', (text, at, expected) => {
    expect(rankedCompany(tokensOf(text), at, defaultKnowledge())).toBe(expected);
  });
});
