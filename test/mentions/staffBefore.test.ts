import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { staffBefore } from '../../src/mentions/staffBefore';
import { tokensOf } from '../helpers/tokensOf';

describe('staffBefore', () => {
  it.each([
    ['Vela boss Ann Vale spoke.', 0, 0, true],
    ['Kessel defender Tom Baxter scored.', 0, 0, true],
    ['Vela Chief Executive Officer Tom Baxter spoke.', 0, 0, true],
    // Common words name the post's field; an adjective before a player's place is no team.
    ['Finance director Ann Vale spoke.', 0, 0, false],
    ['Central defender Tom Baxter scored.', 0, 0, false],
    // A person's aide is no body's staff, and a person's name is no body.
    ['Vosk aide Tom Baxter spoke.', 0, 0, false],
    ['Ann Vale boss Tom Baxter spoke.', 0, 1, false],
    // A people's word says whose leader the person is, and names no body.
    ['Chechen leader Ann Vale spoke.', 0, 0, false],
    ['The Bavarian leader Ann Vale spoke.', 1, 1, false],
    // A legislator's seat is named by the place it represents, no employer.
    ['Dharwad MP Ann Vale spoke.', 0, 0, false],
    ['Vela Chairman Tom Baxter spoke.', 0, 0, true],
    // Only a firm has analysts, economists and strategists, whatever its name looks like.
    ['Morgan Stanley analyst Ann Vale spoke.', 0, 1, true],
    ['Orlak Stanley economists said so.', 0, 1, true],
  ])('reads the name in %j from word %i to %i as the employer of the person after the post: %s', (text, first, last, expected) => {
    expect(staffBefore(tokensOf(text), first, last, defaultKnowledge())).toBe(expected);
  });
});
