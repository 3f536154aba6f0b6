import { batchRows } from '../../src/loader/batchRows';
import { LoadOptionsError } from '../../src/loader/LoadOptionsError';

describe('batchRows', () => {
  it.each([
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [[1, 2, 3, 4], 2, [[1, 2], [3, 4]]],
    [[1, 2], 1000, [[1, 2]]],
    [[], 3, []],
  ])('splits %j into batches of %i', (rows, size, expected) => {
    expect(batchRows(rows, size)).toEqual(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a batch size of %p', (size) => {
    expect(() => batchRows([1], size)).toThrow(LoadOptionsError);
  });
});
