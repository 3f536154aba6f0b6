import { createLinearModel, scoreFeatures } from '../../../src/syntax/LinearModel';
import { averageLinearModels } from '../../../src/syntax/train/averageLinearModels';

const model = (features: number[], counts: number[], classes: number[], weights: number[], scale: number) =>
  createLinearModel(3, scale, Uint32Array.from(features), Uint8Array.from(counts), Uint8Array.from(classes), Int16Array.from(weights));

describe('averageLinearModels', () => {
  // Model a: feature 5 -> class 0 weight 2.0; model b: feature 5 -> class 0 weight 4.0 and feature 9 -> class 2 weight 1.0.
  const a = model([5], [1], [0], [20], 0.1);
  const b = model([5, 9], [1, 1], [0, 2], [40, 10], 0.1);

  it('averages the weights of each feature, a missing feature counting as zero', () => {
    const average = averageLinearModels([a, b], 0);
    average.input[0] = 5;
    expect(scoreFeatures(average, 1)[0]! * average.scale).toBeCloseTo(3, 3);
    average.input[0] = 9;
    expect(scoreFeatures(average, 1)[2]! * average.scale).toBeCloseTo(0.5, 3);
  });

  it('drops features whose averaged weights add up to less than the threshold', () => {
    expect([...averageLinearModels([a, b], 1).features]).toEqual([5]);
  });

  it('refuses models of different classes', () => {
    expect(() => averageLinearModels([a, createLinearModel(4, 1, new Uint32Array(0), new Uint8Array(0), new Uint8Array(0), new Int16Array(0))], 0)).toThrow(RangeError);
  });
});
