import { NODE_SIZE_RANGE, nodeSize } from '../../src/explorer/nodeSize';

describe('nodeSize', () => {
  it.each([
    [0, 100, 50, NODE_SIZE_RANGE.min],
    [100, 100, 50, NODE_SIZE_RANGE.max],
    [25, 100, 50, 9],
    [5, 0, 50, NODE_SIZE_RANGE.min],
    [100, 100, 4000, NODE_SIZE_RANGE.max / 2],
    [100, 100, 1_000_000, NODE_SIZE_RANGE.max * 0.35],
  ])('sizes a count of %i against a largest of %i among %i nodes at %f pixels', (value, largest, order, size) => {
    expect(nodeSize(value, largest, order)).toBeCloseTo(size, 6);
  });
});
