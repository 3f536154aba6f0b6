/** The middle round by the given measure (the lower middle for an even count); `rounds` must not be empty. */
export function medianRound<T>(rounds: readonly T[], measure: (round: T) => number): T {
  const sorted = [...rounds].sort((a, b) => measure(a) - measure(b));
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (middle === undefined) throw new RangeError('medianRound needs at least one round');
  return middle;
}
