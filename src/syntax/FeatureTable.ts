/**
 * Open-addressing hash map from a feature (a non-zero unsigned 32-bit hash) to its row number, in two typed arrays:
 * one probe sequence per lookup and no garbage, which a Map<number, number> of millions of keys does not give.
 */
export class FeatureTable {
  private keys: Uint32Array;
  private rows: Int32Array;
  private mask: number;
  /** Number of features stored; rows are numbered 0..size-1 in insertion order. */
  size = 0;

  constructor(capacity = 1024) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Uint32Array(slots);
    this.rows = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** Builds a table whose rows follow the order of `features` (feature i is row i). */
  static from(features: Uint32Array): FeatureTable {
    const table = new FeatureTable(features.length);
    for (const feature of features) table.insert(feature);
    return table;
  }

  /** The row of a feature, or -1 when it is not stored. */
  get(feature: number): number {
    const keys = this.keys;
    let slot = feature & this.mask;
    for (;;) {
      const key = keys[slot];
      if (key === feature) return this.rows[slot] as number;
      if (key === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The row of a feature, adding it as a new row when absent. */
  insert(feature: number): number {
    let slot = feature & this.mask;
    for (;;) {
      const key = this.keys[slot];
      if (key === feature) return this.rows[slot] as number;
      if (key === 0) break;
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = feature;
    const row = this.size++;
    this.rows[slot] = row;
    if (this.size * 2 > this.mask) this.grow();
    return row;
  }

  /** The stored features, indexed by row. */
  features(): Uint32Array {
    const out = new Uint32Array(this.size);
    for (let slot = 0; slot <= this.mask; slot++) {
      const key = this.keys[slot] as number;
      if (key !== 0) out[this.rows[slot] as number] = key;
    }
    return out;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.rows = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i] as number;
      if (key === 0) continue;
      let slot = key & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.rows[slot] = oldRows[i] as number;
    }
  }
}
