/**
 * The heaviest of the `ranked` countries (rankCountries' order) when it weighs at least `minimum` and at least `lead`
 * times all the others together; undefined otherwise.
 */
export function countryLeadingBy(ranked: readonly (readonly [string, number])[], lead: number, minimum: number): string | undefined {
  const total = ranked.reduce((sum, [, weight]) => sum + weight, 0);
  const first = ranked[0];
  return first && first[1] >= minimum && first[1] >= lead * (total - first[1]) ? first[0] : undefined;
}
