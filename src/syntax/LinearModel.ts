import { KERNEL_CAPACITY, KERNEL_INPUT, KERNEL_SCORES, KERNEL_TABLES, instantiateScoringKernel, type ScoringKernel } from './scoringKernel';

/**
 * A trained linear classifier in its shipped form. Each feature row keeps only the classes it has a weight for, with
 * the weight quantized to int16 (real weight = weight * scale): a rare feature keeps the one or two classes the
 * perceptron ever updated, so the model stays small and scoring adds only non-zero weights.
 *
 * For speed the rows live in the memory of a WebAssembly kernel (scoringKernel), reached through one open-addressing
 * table whose slot holds the feature and its row's place (two adjacent uint32: the feature, then start << 8 | count).
 * A row with few entries packs each class and weight in one int32 (class << 16 | weight & 0xffff); a row with many
 * (the frequent features, which fire most) is expanded to one int16 per class and marked by count 0, since the
 * kernel adds a contiguous row eight classes at a time.
 */
export interface LinearModel {
  readonly classes: number;
  readonly scale: number;
  /** Stored form: the features in row order, their entry counts, and the entries' classes and weights. */
  readonly features: Uint32Array;
  readonly counts: Uint8Array;
  readonly entryClasses: Uint8Array;
  readonly entryWeights: Int16Array;
  /** Where to write the features scoreFeatures reads (at most MAX_FEATURES; a view of the kernel's memory). */
  readonly input: Uint32Array;
  /** The scores scoreFeatures writes, one per class (a view of the kernel's memory). */
  readonly scores: Int32Array;
  readonly kernel: ScoringKernel;
}

/** Most features one scoreFeatures call reads. */
export const MAX_FEATURES = KERNEL_CAPACITY;

/** Rows with at least this share of the classes are stored dense. */
const DENSE_SHARE = 0.25;
const PAGE = 65536;

/** Builds a model from its stored form (rows in order; `counts[r]` entries for row r). */
export function createLinearModel(classes: number, scale: number, features: Uint32Array, counts: Uint8Array, entryClasses: Uint8Array, entryWeights: Int16Array): LinearModel {
  if (classes > 255 || entryClasses.length >= 1 << 24) throw new RangeError('a LinearModel holds at most 255 classes and 2^24 weights');
  let size = 16;
  while (size < features.length * 2) size *= 2;
  const denseFrom = Math.max(2, Math.ceil(classes * DENSE_SHARE));
  // Dense rows are padded to whole groups of eight classes, which the kernel adds at once.
  const stride = Math.ceil(classes / 8) * 8;
  let denseRows = 0;
  let sparseEntries = 0;
  for (const count of counts) {
    if (count >= denseFrom) denseRows++;
    else sparseEntries += count;
  }
  if (denseRows * stride >= 1 << 24) throw new RangeError('a LinearModel holds at most 2^24 dense weights');
  const slotsAt = KERNEL_TABLES;
  const entriesAt = slotsAt + size * 8;
  const denseAt = align16(entriesAt + sparseEntries * 4);
  const memory = new WebAssembly.Memory({ initial: Math.ceil((denseAt + denseRows * stride * 2) / PAGE) });
  const slots = new Uint32Array(memory.buffer, slotsAt, size * 2);
  const entries = new Int32Array(memory.buffer, entriesAt, sparseEntries);
  const dense = new Int16Array(memory.buffer, denseAt, denseRows * stride);
  const mask = size - 1;
  let start = 0;
  let denseRow = 0;
  let packed = 0;
  for (let row = 0; row < features.length; row++) {
    const feature = features[row] as number;
    const count = counts[row] as number;
    let slot = feature & mask;
    while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = feature;
    if (count >= denseFrom) {
      for (let e = start; e < start + count; e++) dense[denseRow * stride + (entryClasses[e] as number)] = entryWeights[e] as number;
      slots[slot * 2 + 1] = (denseRow++ * stride) << 8;
    } else {
      slots[slot * 2 + 1] = (packed << 8) | count;
      for (let e = start; e < start + count; e++) entries[packed++] = ((entryClasses[e] as number) << 16) | ((entryWeights[e] as number) & 0xffff);
    }
    start += count;
  }
  const kernel = instantiateScoringKernel(memory, { slots: slotsAt, mask, entries: entriesAt, dense: denseAt });
  const input = new Uint32Array(memory.buffer, KERNEL_INPUT, MAX_FEATURES);
  const scores = new Int32Array(memory.buffer, KERNEL_SCORES, classes);
  return { classes, scale, features, counts, entryClasses, entryWeights, input, scores, kernel };
}

/**
 * Sums the weights of the first `count` features of `model.input` for classes from..to-1 and returns `model.scores`,
 * where those classes' sums are (in quantized units; other classes hold what the kernel left there).
 */
export function scoreFeatures(model: LinearModel, count: number, from = 0, to = model.classes): Int32Array {
  if (count > MAX_FEATURES || from < 0 || to > model.classes) throw new RangeError(`scoreFeatures takes at most ${MAX_FEATURES} features and classes 0..${model.classes}`);
  if (from < to) model.kernel(count, from & ~7, to);
  return model.scores;
}

function align16(offset: number): number {
  return Math.ceil(offset / 16) * 16;
}
