import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { isPartyOffice } from '../../src/knowledge/isPartyOffice';

describe('isPartyOffice', () => {
  it.each([
    [['leader'], true],
    [['deputy', 'leader'], true],
    [['chief', 'whip'], true],
    [['foreign', 'secretary'], false],
    [['mp'], false],
  ])('reads %j as a party office: %s', (words, expected) => {
    expect(isPartyOffice(words, defaultKnowledge())).toBe(expected);
  });
});
