import type { LinearModel } from './LinearModel';

/** The dependency parser's model: its UD relation labels (with subtypes) and its transition weights. */
export interface ArcEagerModel {
  readonly labels: readonly string[];
  /** Index of `root` in `labels`. */
  readonly rootLabel: number;
  readonly weights: LinearModel;
}
