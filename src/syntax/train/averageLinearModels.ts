import { createLinearModel, type LinearModel } from '../LinearModel';

/**
 * The mean of linear models over the same classes (a feature a model lacks counts as zero there), requantized, with
 * features whose weights add up to less than `minRowWeight` dropped. Averaging perceptrons trained on differently
 * shuffled data gives most of an ensemble's gain for the cost of one model at parse time.
 */
export function averageLinearModels(models: readonly LinearModel[], minRowWeight: number): LinearModel {
  const first = models[0];
  if (!first) throw new RangeError('no model to average');
  const classes = first.classes;
  const sums = new Map<number, Float64Array>();
  for (const model of models) {
    if (model.classes !== classes) throw new RangeError('the models to average have different classes');
    let entry = 0;
    model.features.forEach((feature, row) => {
      let sum = sums.get(feature);
      if (!sum) {
        sum = new Float64Array(classes);
        sums.set(feature, sum);
      }
      const end = entry + (model.counts[row] as number);
      for (; entry < end; entry++) {
        const c = model.entryClasses[entry] as number;
        sum[c] = (sum[c] as number) + ((model.entryWeights[entry] as number) * model.scale) / models.length;
      }
    });
  }
  let largest = 0;
  for (const sum of sums.values()) for (const value of sum) largest = Math.max(largest, Math.abs(value));
  const scale = largest > 0 ? largest / 32767 : 1;
  const features: number[] = [];
  const counts: number[] = [];
  const entryClasses: number[] = [];
  const entryWeights: number[] = [];
  for (const [feature, sum] of [...sums].sort((a, b) => a[0] - b[0])) {
    const before = entryClasses.length;
    let total = 0;
    sum.forEach((value, c) => {
      const quantized = Math.round(value / scale);
      if (quantized === 0) return;
      entryClasses.push(c);
      entryWeights.push(quantized);
      total += Math.abs(value);
    });
    if (entryClasses.length === before || total < minRowWeight) {
      entryClasses.length = before;
      entryWeights.length = before;
      continue;
    }
    features.push(feature);
    counts.push(entryClasses.length - before);
  }
  return createLinearModel(classes, scale, Uint32Array.from(features), Uint8Array.from(counts), Uint8Array.from(entryClasses), Int16Array.from(entryWeights));
}
