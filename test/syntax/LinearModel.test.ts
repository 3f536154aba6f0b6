import { NO_ROW, addRows, createLinearModel, findRows, scoreFeatures } from '../../src/syntax/LinearModel';

// Feature 11 has a weight for every class (stored dense), feature 22 for two (sparse), feature 33 none.
const model = createLinearModel(
  8,
  0.5,
  Uint32Array.from([11, 22]),
  Uint8Array.from([8, 2]),
  Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 2, 6]),
  Int16Array.from([1, 2, 3, 4, 5, 6, 7, 8, -10, 100]),
);
const features = Uint32Array.from([11, 22, 33]);

describe('scoreFeatures', () => {
  it('adds dense and sparse rows and ignores unknown features', () => {
    const scores = new Int32Array(8);
    scoreFeatures(model, features, 3, scores);
    expect([...scores]).toEqual([1, 2, -7, 4, 5, 6, 107, 8]);
  });
});

describe('findRows', () => {
  it('marks a feature without a row', () => {
    const places = new Uint32Array(3);
    findRows(model, features, 3, places);
    expect(places[2]).toBe(NO_ROW);
    expect(places[0]).not.toBe(NO_ROW);
  });
});

describe('addRows', () => {
  it.each([
    [0, 8, [1, 2, -7, 4, 5, 6, 107, 8]],
    [2, 4, [0, 0, -7, 4, 0, 0, 0, 0]],
    [5, 8, [0, 0, 0, 0, 0, 6, 107, 8]],
  ])('scores only classes %i to %i', (from, to, expected) => {
    const places = new Uint32Array(3);
    const scores = new Int32Array(8);
    findRows(model, features, 3, places);
    addRows(model, places, 3, from, to, scores);
    expect([...scores]).toEqual(expected);
  });
});

describe('createLinearModel', () => {
  it('refuses more classes than an entry can name', () => {
    expect(() => createLinearModel(300, 1, new Uint32Array(0), new Uint8Array(0), new Uint8Array(0), new Int16Array(0))).toThrow(RangeError);
  });
});
