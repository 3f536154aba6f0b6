/** What earlier sentences of the document tell later ones: the last plan with a named owner, the last person named first. */
export interface DiscourseContext {
  /** The most recent `X-backed plan`, `X's proposal`: whose plan `it` and `the plan` refer to. */
  readonly plan?: { readonly owner: string; readonly topic: string; readonly sentence: number };
  /** The person named first in the previous sentence: who `he` or `she` is. */
  readonly lastPerson?: string;
  /** Index of the current sentence in the document. */
  readonly sentence: number;
}
