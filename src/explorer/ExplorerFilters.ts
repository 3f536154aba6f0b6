/** What the explorer's filters let through. */
export interface ExplorerFilters {
  /** Indices into `entityTypes` of the types shown. */
  entityTypes: ReadonlySet<number>;
  /** Indices into `relationTypes` of the relation types shown. */
  relationTypes: ReadonlySet<number>;
  /** First and last day shown (ISO `YYYY-MM-DD`, inclusive); unset for no bound. */
  from?: string;
  to?: string;
  /** Evidence items (within the dates) an edge needs to be shown. */
  minWeight: number;
  /** Hide the entities left without any shown relation. */
  hideIsolated: boolean;
}
