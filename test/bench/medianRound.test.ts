import { medianRound } from '../../src/bench/medianRound';

describe('medianRound', () => {
  it.each([
    [[7], 7],
    [[3, 9, 5], 5],
    [[12_000, 8_000, 13_000], 12_000],
    // An even count takes the lower middle: the bench never reports better than half its rounds.
    [[4, 1, 3, 2], 2],
  ])('picks the middle of %j by the measure', (values, expected) => {
    const rounds = values.map((value) => ({ value }));
    expect(medianRound(rounds, (round) => round.value)).toEqual({ value: expected });
  });

  it('returns the round itself, not a copy', () => {
    const rounds = [{ value: 2 }, { value: 1 }, { value: 3 }];
    expect(medianRound(rounds, (round) => round.value)).toBe(rounds[0]);
  });

  it('refuses an empty list of rounds', () => {
    expect(() => medianRound([], () => 0)).toThrow(RangeError);
  });
});
