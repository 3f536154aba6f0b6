import type { LoadBatch } from './LoadBatch';
import type { LoadProgress } from './LoadProgress';
import type { LoadSummary } from './LoadSummarySchema';
import type { WriteCounters } from './WriteCountersSchema';

/** Writes one batch (`UNWIND $rows ...`) in one transaction and returns its counters. */
export type BatchWriter = (cypher: string, parameters: { rows: LoadBatch['rows'] }) => Promise<WriteCounters>;

/** Runs the batches in order, one transaction each, reporting progress after each, and tallies created vs matched. */
export async function loadBatches(
  batches: readonly LoadBatch[],
  write: BatchWriter,
  onProgress: (progress: LoadProgress) => void = () => undefined,
): Promise<LoadSummary> {
  const summary: LoadSummary = {
    batches: 0,
    documents: { rows: 0, created: 0 },
    entities: { rows: 0, created: 0 },
    mentions: { rows: 0, created: 0 },
    relations: { rows: 0, created: 0 },
  };
  for (const batch of batches) {
    const counters = await write(batch.cypher, { rows: batch.rows });
    if (batch.phase === 'documents') {
      add(summary.documents, batch.rows.length, counters.nodesCreated);
    } else if (batch.phase === 'entities') {
      add(summary.entities, batch.rows.length, counters.nodesCreated);
      // Each entity row also merges one MENTIONED_IN per document that mentions it.
      const links = batch.rows.reduce((total, row) => total + row.documents.length, 0);
      add(summary.mentions, links, counters.relationshipsCreated);
    } else {
      add(summary.relations, batch.rows.length, counters.relationshipsCreated);
    }
    summary.batches += 1;
    onProgress({ done: summary.batches, total: batches.length, phase: batch.phase });
  }
  return summary;
}

function add(tally: { rows: number; created: number }, rows: number, created: number): void {
  tally.rows += rows;
  tally.created += created;
}
