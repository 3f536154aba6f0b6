/**
 * A trained linear classifier in its shipped form. Each feature row keeps only the classes it has a weight for, with
 * the weight quantized to int16 (real weight = weight * scale): a rare feature keeps the one or two classes the
 * perceptron ever updated, so the model stays small and scoring adds only non-zero weights.
 *
 * For speed the rows are reached through one open-addressing table whose slot holds the feature and its row's place
 * (two adjacent uint32: the feature, then start << 8 | count). A row with few entries packs each class and weight in
 * one int32 (class << 16 | weight & 0xffff); a row with many (the frequent features, which fire most) is expanded
 * to one int16 per class and marked by count 0, since adding a contiguous row is about twice as fast.
 */
export interface LinearModel {
  readonly classes: number;
  readonly scale: number;
  /** Stored form: the features in row order, their entry counts, and the entries' classes and weights. */
  readonly features: Uint32Array;
  readonly counts: Uint8Array;
  readonly entryClasses: Uint8Array;
  readonly entryWeights: Int16Array;
  readonly slots: Uint32Array;
  readonly mask: number;
  readonly entries: Int32Array;
  readonly dense: Int16Array;
}

/** Rows with at least this share of the classes are stored dense. */
const DENSE_SHARE = 0.25;

/** Builds a model from its stored form (rows in order; `counts[r]` entries for row r). */
export function createLinearModel(classes: number, scale: number, features: Uint32Array, counts: Uint8Array, entryClasses: Uint8Array, entryWeights: Int16Array): LinearModel {
  if (classes > 255 || entryClasses.length >= 1 << 24) throw new RangeError('a LinearModel holds at most 255 classes and 2^24 weights');
  let size = 16;
  while (size < features.length * 2) size *= 2;
  const slots = new Uint32Array(size * 2);
  const mask = size - 1;
  const denseFrom = Math.max(2, Math.ceil(classes * DENSE_SHARE));
  let denseRows = 0;
  for (const count of counts) if (count >= denseFrom) denseRows++;
  if (denseRows * classes >= 1 << 24) throw new RangeError('a LinearModel holds at most 2^24 dense weights');
  const dense = new Int16Array(denseRows * classes);
  const packed: number[] = [];
  let start = 0;
  let denseRow = 0;
  for (let row = 0; row < features.length; row++) {
    const feature = features[row] as number;
    const count = counts[row] as number;
    let slot = feature & mask;
    while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = feature;
    if (count >= denseFrom) {
      for (let e = start; e < start + count; e++) dense[denseRow * classes + (entryClasses[e] as number)] = entryWeights[e] as number;
      slots[slot * 2 + 1] = (denseRow++ * classes) << 8;
    } else {
      slots[slot * 2 + 1] = (packed.length << 8) | count;
      for (let e = start; e < start + count; e++) packed.push(((entryClasses[e] as number) << 16) | ((entryWeights[e] as number) & 0xffff));
    }
    start += count;
  }
  const entries = Int32Array.from(packed);
  return { classes, scale, features, counts, entryClasses, entryWeights, slots, mask, entries, dense };
}

/** Adds the weights of `count` features into `scores` (one slot per class, zeroed here), in quantized units. */
export function scoreFeatures(model: LinearModel, features: Uint32Array, count: number, scores: Int32Array): void {
  scores.fill(0);
  const { slots, mask, entries, dense, classes } = model;
  for (let f = 0; f < count; f++) {
    const feature = features[f] as number;
    let slot = feature & mask;
    let key = slots[slot * 2] as number;
    while (key !== feature && key !== 0) {
      slot = (slot + 1) & mask;
      key = slots[slot * 2] as number;
    }
    if (key === 0) continue;
    const place = slots[slot * 2 + 1] as number;
    if ((place & 0xff) === 0) {
      const base = place >>> 8;
      for (let c = 0; c < classes; c++) scores[c] = (scores[c] as number) + (dense[base + c] as number);
      continue;
    }
    const end = (place >>> 8) + (place & 0xff);
    for (let e = place >>> 8; e < end; e++) {
      const entry = entries[e] as number;
      const c = entry >>> 16;
      scores[c] = (scores[c] as number) + ((entry << 16) >> 16);
    }
  }
}

/** Marks a feature without a row in `places`. */
export const NO_ROW = 0xffffffff;

/** Looks up the row of each of `count` features and writes where it lies into `places` (NO_ROW when absent). */
export function findRows(model: LinearModel, features: Uint32Array, count: number, places: Uint32Array): void {
  const { slots, mask } = model;
  for (let f = 0; f < count; f++) {
    const feature = features[f] as number;
    let slot = feature & mask;
    let key = slots[slot * 2] as number;
    while (key !== feature && key !== 0) {
      slot = (slot + 1) & mask;
      key = slots[slot * 2] as number;
    }
    places[f] = key === 0 ? NO_ROW : (slots[slot * 2 + 1] as number);
  }
}

/** Sets scores[from..to-1] to the sum of the weights of classes from..to-1 in the rows findRows found. */
export function addRows(model: LinearModel, places: Uint32Array, count: number, from: number, to: number, scores: Int32Array): void {
  const { entries, dense } = model;
  scores.fill(0, from, to);
  for (let f = 0; f < count; f++) {
    const place = places[f] as number;
    if (place === NO_ROW) continue;
    if ((place & 0xff) === 0) {
      // Unrolled by four: this loop is most of the parser's time.
      const base = place >>> 8;
      let c = from;
      for (; c + 3 < to; c += 4) {
        const d = base + c;
        scores[c] = (scores[c] as number) + (dense[d] as number);
        scores[c + 1] = (scores[c + 1] as number) + (dense[d + 1] as number);
        scores[c + 2] = (scores[c + 2] as number) + (dense[d + 2] as number);
        scores[c + 3] = (scores[c + 3] as number) + (dense[d + 3] as number);
      }
      for (; c < to; c++) scores[c] = (scores[c] as number) + (dense[base + c] as number);
      continue;
    }
    const end = (place >>> 8) + (place & 0xff);
    // Entries are sorted by class.
    for (let e = place >>> 8; e < end; e++) {
      const entry = entries[e] as number;
      const c = entry >>> 16;
      if (c >= to) break;
      if (c >= from) scores[c] = (scores[c] as number) + ((entry << 16) >> 16);
    }
  }
}
