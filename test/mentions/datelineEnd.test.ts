import { datelineEnd } from '../../src/mentions/datelineEnd';
import { tokensOf } from '../helpers/tokensOf';

describe('datelineEnd', () => {
  it.each([
    ['BRUSSELS, Nov 18 - Ministers met.', 0],
    ['NEW DELHI — Ministers met.', 1],
    ['LIMA (AP) — Ministers met.', 0],
    ['Ministers met in BRUSSELS.', undefined],
    // Fewer than four capitals make no place.
    ['UK, France and Spain agreed.', undefined],
    // A comma followed by the sentence going on, not a date, ends an acronym, not a dateline.
    ['VOSK, which owns the bank, agreed.', undefined],
    ['UNITED NATIONS, 18 Nov (Reuters) - Ministers met.', 1],
  ])('in %j ends the dateline at word %p', (text, expected) => {
    expect(datelineEnd(tokensOf(text), 0)).toBe(expected);
  });

  it('finds a dateline only at the first word', () => {
    expect(datelineEnd(tokensOf('Today BRUSSELS, Nov 18 - Ministers met.'), 1)).toBeUndefined();
  });
});
