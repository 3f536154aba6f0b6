import { projectivize } from '../../../src/syntax/train/projectivize';

describe('projectivize', () => {
  it.each([
    // A projective tree is left alone.
    [[1, -1, 1], [1, -1, 1]],
    // "A hearing is scheduled on the issue today": the arc hearing -> on crosses is/scheduled; on is lifted to scheduled.
    [[1, 3, 3, -1, 6, 6, 1, 3], [1, 3, 3, -1, 6, 6, 3, 3]],
  ])('lifts non-projective arcs of %j to %j', (heads, expected) => {
    expect([...projectivize(Int32Array.from(heads))]).toEqual(expected);
  });

  it('leaves its argument unchanged', () => {
    const heads = Int32Array.from([1, 3, 3, -1, 6, 6, 1, 3]);
    projectivize(heads);
    expect([...heads]).toEqual([1, 3, 3, -1, 6, 6, 1, 3]);
  });
});
