import type { LoadBatch } from './LoadBatch';
import type { LoadProgress } from './LoadProgress';
import type { LoadSummary } from './LoadSummarySchema';
import type { WriteCounters } from './WriteCountersSchema';

/** Writes one batch (`UNWIND $rows ...`) in one transaction and returns its counters. */
export type BatchWriter = (cypher: string, parameters: { rows: LoadBatch['rows'] }) => Promise<WriteCounters>;

/**
 * Runs the batches, one transaction each, phase after phase (documents, entities, relations: each needs the one
 * before), with up to `concurrency` transactions at once within a phase; reports progress after each batch and
 * tallies created vs matched. Every row is in exactly one batch, so the result does not depend on the interleaving.
 * On a failure no new batch starts, the running ones finish, and the first error is thrown.
 */
export async function loadBatches(
  batches: readonly LoadBatch[],
  write: BatchWriter,
  onProgress: (progress: LoadProgress) => void = () => undefined,
  concurrency = 1,
): Promise<LoadSummary> {
  const summary: LoadSummary = {
    batches: 0,
    documents: { rows: 0, created: 0 },
    entities: { rows: 0, created: 0 },
    mentions: { rows: 0, created: 0 },
    relations: { rows: 0, created: 0 },
  };
  const tally = (batch: LoadBatch, counters: WriteCounters): void => {
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
  };
  for (const phase of ['documents', 'entities', 'relations'] as const) {
    const queue = batches.filter((batch) => batch.phase === phase);
    let failure: { error: unknown } | undefined;
    const worker = async (): Promise<void> => {
      for (let batch = queue.shift(); batch && !failure; batch = queue.shift()) {
        try {
          tally(batch, await write(batch.cypher, { rows: batch.rows }));
        } catch (error) {
          failure ??= { error };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, worker));
    if (failure) throw failure.error;
  }
  return summary;
}

function add(tally: { rows: number; created: number }, rows: number, created: number): void {
  tally.rows += rows;
  tally.created += created;
}
