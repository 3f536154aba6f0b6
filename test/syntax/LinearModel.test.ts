import { MAX_FEATURES, createLinearModel, scoreFeatures, type LinearModel } from '../../src/syntax/LinearModel';

// Feature 11 has a weight for every class (stored dense), feature 22 for two (sparse), feature 33 none.
const model = createLinearModel(
  8,
  0.5,
  Uint32Array.from([11, 22]),
  Uint8Array.from([8, 2]),
  Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 2, 6]),
  Int16Array.from([1, 2, 3, 4, 5, 6, 7, 8, -10, 100]),
);

function score(linear: LinearModel, features: readonly number[], from?: number, to?: number): number[] {
  linear.input.set(features);
  return [...scoreFeatures(linear, features.length, from, to)];
}

/** A model of random rows (some dense, some sparse, features that collide in the table) and its weights as a matrix. */
function randomModel(classes: number, rows: number, seed: number): { linear: LinearModel; weights: Map<number, Int32Array> } {
  let state = seed;
  const random = (below: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % below;
  };
  const features: number[] = [];
  const counts: number[] = [];
  const entryClasses: number[] = [];
  const entryWeights: number[] = [];
  const weights = new Map<number, Int32Array>();
  for (let row = 0; row < rows; row++) {
    // Multiples of 64 share their low bits, so they probe past each other in the table.
    const feature = row % 3 === 0 ? (row + 1) * 64 : 1 + random(0x7fffffff);
    if (weights.has(feature)) continue;
    const rowWeights = new Int32Array(classes);
    const count = row % 4 === 0 ? classes : 1 + random(Math.min(classes, 6));
    const chosen = [...new Set(Array.from({ length: count }, (_, i) => (count === classes ? i : random(classes))))].sort((a, b) => a - b);
    for (const c of chosen) {
      const weight = random(2) === 0 ? random(65536) - 32768 : random(11) - 5;
      entryClasses.push(c);
      entryWeights.push(weight);
      rowWeights[c] = weight;
    }
    features.push(feature);
    counts.push(chosen.length);
    weights.set(feature, rowWeights);
  }
  const linear = createLinearModel(classes, 1, Uint32Array.from(features), Uint8Array.from(counts), Uint8Array.from(entryClasses), Int16Array.from(entryWeights));
  return { linear, weights };
}

describe('scoreFeatures', () => {
  it('adds dense and sparse rows and ignores unknown features', () => {
    expect(score(model, [11, 22, 33])).toEqual([1, 2, -7, 4, 5, 6, 107, 8]);
  });

  it.each([
    [0, 8, [1, 2, -7, 4, 5, 6, 107, 8]],
    [2, 4, [-7, 4]],
    [5, 8, [6, 107, 8]],
  ])('scores classes %i to %i', (from, to, expected) => {
    expect(score(model, [11, 22, 33], from, to).slice(from, to)).toEqual(expected);
  });

  it('gives zeros for no features', () => {
    expect(score(model, [])).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it.each([
    [78, 0, 78],
    [78, 39, 78],
    [106, 0, 106],
    [3, 1, 3],
    [255, 100, 255],
  ])('sums exactly what a plain loop sums (%i classes, classes %i to %i)', (classes, from, to) => {
    const { linear, weights } = randomModel(classes, 400, classes * 7 + from);
    const known = [...weights.keys()];
    for (let trial = 0; trial < 20; trial++) {
      const features = Array.from({ length: 84 }, (_, i) => (i % 5 === 4 ? 0x7ffffff0 - i : (known[(trial * 31 + i * 17) % known.length] as number)));
      const expected = new Array<number>(classes).fill(0);
      for (const feature of features) weights.get(feature)?.forEach((weight, c) => (expected[c] = (expected[c] as number) + weight));
      expect(score(linear, features, from, to).slice(from, to)).toEqual(expected.slice(from, to));
    }
  });

  it('refuses more features than it reads', () => {
    expect(() => scoreFeatures(model, MAX_FEATURES + 1)).toThrow(RangeError);
  });
});

describe('createLinearModel', () => {
  it('refuses more classes than an entry can name', () => {
    expect(() => createLinearModel(300, 1, new Uint32Array(0), new Uint8Array(0), new Uint8Array(0), new Int16Array(0))).toThrow(RangeError);
  });
});
