import { parseDate } from '../../src/document/parseDate';

describe('parseDate', () => {
  it.each([
    ['2025-11-24', '2025-11-24'],
    ['24th November, 2025', '2025-11-24'],
    ['November 24, 2025', '2025-11-24'],
    ['November 24th, 2025', '2025-11-24'],
    ['24 Nov 2025', '2025-11-24'],
    ['1st of March 2024', '2024-03-01'],
    ['Sept. 3, 2025', '2025-09-03'],
    ['Monday, November 24, 2025', '2025-11-24'],
    ['Mon 24 November 2025', '2025-11-24'],
    ['Updated: 24 Nov 2025, 10:30 am EST', '2025-11-24'],
    ['Published on November 24, 2025 at 9:15 GMT', '2025-11-24'],
    ['  November 24, 2025  ', '2025-11-24'],
  ])('reads the written date %j as %j', (written, expected) => {
    expect(parseDate(written)).toBe(expected);
  });

  it.each([
    ['2025-11-24T04:57:45', '2025-11-24T04:57:45'],
    ['2025-11-24T04:57', '2025-11-24T04:57:00'],
    ['2025-11-24T04:57:45Z', '2025-11-24T04:57:45Z'],
    ['2025-11-24 04:57:45 +0000', '2025-11-24T04:57:45+00:00'],
    ['2025-11-24T04:57:45.123-05:00', '2025-11-24T04:57:45-05:00'],
  ])('keeps the time of the ISO-like timestamp %j as %j', (written, expected) => {
    expect(parseDate(written)).toBe(expected);
  });

  it.each([
    ['31 November 2025'],
    ['2025-02-30'],
    ['2025-13-01'],
    ['11/24/2025'],
    ['Mayo 3, 2025'],
    ['Rubio said on November 24, 2025 that talks went well'],
    ['November 2025'],
    [''],
  ])('does not read %j as a date', (written) => {
    expect(parseDate(written)).toBeUndefined();
  });
});
