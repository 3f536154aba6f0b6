import type { GazetteerEntry } from './GazetteerEntry';

/** Known phrases by normalized key (see `normalizeKey`), with the first words that can start one, for fast scanning. */
export interface Gazetteer {
  readonly entries: ReadonlyMap<string, readonly GazetteerEntry[]>;
  readonly starts: ReadonlySet<string>;
  /** Longest phrase, in words. */
  readonly maxWords: number;
}
