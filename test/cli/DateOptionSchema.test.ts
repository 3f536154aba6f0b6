import { DateOptionSchema } from '../../src/cli/DateOptionSchema';

describe('DateOptionSchema', () => {
  it.each([
    ['2024-03-12', '2024-03-12'],
    [' 2024-02-29 ', '2024-02-29'],
  ])('accepts the day %j as %j', (value, day) => {
    expect(DateOptionSchema.parse(value)).toBe(day);
  });

  it.each([
    ['12/03/2024', 'expected a date as YYYY-MM-DD'],
    ['March 12, 2024', 'expected a date as YYYY-MM-DD'],
    ['2024-03-12T10:00:00', 'expected a date as YYYY-MM-DD'],
    ['2024-3-12', 'expected a date as YYYY-MM-DD'],
    ['2023-02-29', 'no such day'],
    ['2024-13-01', 'no such day'],
  ])('rejects %j, saying %j', (value, message) => {
    const result = DateOptionSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});
