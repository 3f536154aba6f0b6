import type { LinearModel } from './LinearModel';
import type { Transitions } from './Transitions';

/** The dependency parser's model: its UD relation labels (with subtypes), its transitions and their weights. */
export interface ArcEagerModel {
  readonly labels: readonly string[];
  /** Index of `root` in `labels`. */
  readonly rootLabel: number;
  readonly transitions: Transitions;
  readonly weights: LinearModel;
}
