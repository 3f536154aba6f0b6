import { KERNEL_INPUT, KERNEL_SCORES, KERNEL_TABLES, instantiateScoringKernel } from '../../src/syntax/scoringKernel';

// Tables laid out by hand for 10 classes: feature 5 has a dense row (weight c + 1 for class c, padded to 16 classes),
// feature 21 (which probes past 5's slot) a sparse row (class 1: -3, class 9: +7); feature 99 has no row.
const memory = new WebAssembly.Memory({ initial: 1 });
const slots = KERNEL_TABLES;
const entries = slots + 16 * 8;
const dense = entries + 16;
const words = new Uint32Array(memory.buffer);
words.set([5, 0, 21, (0 << 8) | 2], (slots + 5 * 8) / 4);
new Int32Array(memory.buffer, entries, 2).set([(1 << 16) | (-3 & 0xffff), (9 << 16) | 7]);
new Int16Array(memory.buffer, dense, 16).set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
const score = instantiateScoringKernel(memory, { slots, mask: 15, entries, dense });
const scores = new Int32Array(memory.buffer, KERNEL_SCORES, 10);

describe('instantiateScoringKernel', () => {
  it.each([
    [[5, 21, 99], 0, [1, -1, 3, 4, 5, 6, 7, 8, 9, 17]],
    [[21], 0, [0, -3, 0, 0, 0, 0, 0, 0, 0, 7]],
    [[99], 0, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    [[5, 5, 21], 8, [18, 27]],
  ])('sums the rows of features %j from class %i', (features, from, expected) => {
    new Uint32Array(memory.buffer, KERNEL_INPUT, features.length).set(features);
    score(features.length, from, 10);
    expect([...scores.subarray(from)]).toEqual(expected);
  });
});
