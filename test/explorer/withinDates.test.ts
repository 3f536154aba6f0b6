import { withinDates } from '../../src/explorer/withinDates';

describe('withinDates', () => {
  it.each([
    ['2025-11-24', {}, true],
    [undefined, {}, true],
    [undefined, { from: '2025-11-01' }, false],
    ['2025-11-24T04:57:45', { from: '2025-11-24', to: '2025-11-24' }, true],
    ['2025-11-23', { from: '2025-11-24' }, false],
    ['2025-11-25', { to: '2025-11-24' }, false],
    ['2025-11-24', { to: '2025-11-24' }, true],
  ])('places %j within %j: %j', (date, bounds, inside) => {
    expect(withinDates(date, bounds)).toBe(inside);
  });
});
