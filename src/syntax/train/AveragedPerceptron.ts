import { FeatureTable } from '../FeatureTable';
import { createLinearModel, type LinearModel } from '../LinearModel';

/**
 * Multi-class averaged perceptron (Collins 2002) over hashed features, with dense rows of one weight per class in
 * typed arrays. A feature gets a row only when an update touches it. Averaging uses Daume's trick: besides the
 * weights w, keep u += step * delta on every update; the average over all steps is then w - u / step.
 */
export class AveragedPerceptron {
  readonly classes: number;
  private readonly table = new FeatureTable(1 << 16);
  private weights: Float32Array;
  private stamped: Float32Array;
  private step = 1;

  constructor(classes: number) {
    if (classes > 255) throw new RangeError(`at most 255 classes fit a LinearModel, got ${classes}`);
    this.classes = classes;
    this.weights = new Float32Array(classes * (1 << 16));
    this.stamped = new Float32Array(classes * (1 << 16));
  }

  /** Number of feature rows allocated so far. */
  get rows(): number {
    return this.table.size;
  }

  /** Writes the current (not averaged) score of every class into `scores`. */
  score(features: Uint32Array, count: number, scores: Float64Array): void {
    scores.fill(0);
    const classes = this.classes;
    const weights = this.weights;
    for (let f = 0; f < count; f++) {
      const row = this.table.get(features[f] as number);
      if (row < 0) continue;
      const base = row * classes;
      for (let c = 0; c < classes; c++) scores[c] = (scores[c] as number) + (weights[base + c] as number);
    }
  }

  /** Counts one training decision; call it once per decision, updated or not. */
  tick(): void {
    this.step++;
  }

  /** Moves the weights of the features towards `truth` and away from `guess`. */
  update(features: Uint32Array, count: number, truth: number, guess: number): void {
    if (truth === guess) return;
    const classes = this.classes;
    for (let f = 0; f < count; f++) {
      const row = this.table.insert(features[f] as number);
      if ((row + 1) * classes > this.weights.length) this.grow();
      const base = row * classes;
      const { weights, stamped, step } = this;
      weights[base + truth] = (weights[base + truth] as number) + 1;
      stamped[base + truth] = (stamped[base + truth] as number) + step;
      weights[base + guess] = (weights[base + guess] as number) - 1;
      stamped[base + guess] = (stamped[base + guess] as number) - step;
    }
  }

  /**
   * The averaged weights as a shipped LinearModel: weights quantized to int16 with one scale, entries whose averaged
   * magnitude is below `minWeight` dropped, and rows whose magnitudes sum to less than `minRowWeight` (features that
   * barely sway a decision: most are rare) or that are left empty dropped.
   */
  toModel(minWeight: number, minRowWeight = 0): LinearModel {
    const classes = this.classes;
    const features = this.table.features();
    const average = (index: number): number => (this.weights[index] as number) - (this.stamped[index] as number) / this.step;
    let largest = 0;
    for (let i = 0; i < features.length * classes; i++) largest = Math.max(largest, Math.abs(average(i)));
    const scale = largest > 0 ? largest / 32767 : 1;
    const keptFeatures: number[] = [];
    const counts: number[] = [];
    const entryClasses: number[] = [];
    const entryWeights: number[] = [];
    for (let row = 0; row < features.length; row++) {
      const before = entryClasses.length;
      for (let c = 0; c < classes; c++) {
        const value = average(row * classes + c);
        const quantized = Math.round(value / scale);
        if (Math.abs(value) < minWeight || quantized === 0) continue;
        entryClasses.push(c);
        entryWeights.push(quantized);
      }
      let total = 0;
      for (let e = before; e < entryWeights.length; e++) total += Math.abs(entryWeights[e] as number) * scale;
      if (entryClasses.length === before || total < minRowWeight) {
        entryClasses.length = before;
        entryWeights.length = before;
        continue;
      }
      keptFeatures.push(features[row] as number);
      counts.push(entryClasses.length - before);
    }
    return createLinearModel(classes, scale, Uint32Array.from(keptFeatures), Uint8Array.from(counts), Uint8Array.from(entryClasses), Int16Array.from(entryWeights));
  }

  private grow(): void {
    const weights = new Float32Array(this.weights.length * 2);
    weights.set(this.weights);
    this.weights = weights;
    const stamped = new Float32Array(this.stamped.length * 2);
    stamped.set(this.stamped);
    this.stamped = stamped;
  }
}
