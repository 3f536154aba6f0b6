import { scoreFeatures } from '../../../src/syntax/LinearModel';
import { AveragedPerceptron } from '../../../src/syntax/train/AveragedPerceptron';

describe('AveragedPerceptron', () => {
  // Class c is signalled by feature 100 + c; feature 1 fires everywhere.
  const examples = [0, 1, 2, 1, 0, 2, 2, 1].map((label) => ({ label, features: Uint32Array.from([1, 100 + label]) }));

  it('learns separable classes and ships them as a quantized model that scores the same way', () => {
    const perceptron = new AveragedPerceptron(3);
    const scores = new Float64Array(3);
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const { label, features } of examples) {
        perceptron.score(features, 2, scores);
        const guess = scores.indexOf(Math.max(...scores));
        perceptron.update(features, 2, label, guess);
        perceptron.tick();
      }
    }
    const model = perceptron.toModel(0);
    for (const { label, features } of examples) {
      model.input.set(features);
      const quantized = [...scoreFeatures(model, 2)];
      expect(quantized.indexOf(Math.max(...quantized))).toBe(label);
    }
  });

  it('leaves no row for a feature it never updated', () => {
    const perceptron = new AveragedPerceptron(2);
    perceptron.update(Uint32Array.from([5, 6]), 2, 0, 0);
    expect(perceptron.rows).toBe(0);
    perceptron.update(Uint32Array.from([5, 6]), 2, 0, 1);
    expect(perceptron.rows).toBe(2);
  });

  it('refuses more classes than a model can store', () => {
    expect(() => new AveragedPerceptron(300)).toThrow(RangeError);
  });
});
