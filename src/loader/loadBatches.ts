import type { WriteCounters } from './Neo4jClient';
import { batchParameters } from './batchParameters';
import { batchLength, type LoadBatch } from './planLoad';

/** Writes one batch in one transaction and returns its counters. */
export type BatchWriter = (cypher: string, parameters: Record<string, unknown>) => Promise<WriteCounters>;

/** Progress of a load after a batch: how many of the batches are done, and which phase that batch belonged to. */
export interface LoadProgress {
  done: number;
  total: number;
  phase: LoadBatch['phase'];
}

/** Rows sent of one kind, and how many of them created their node or relationship (the others matched one). */
export interface LoadTally {
  rows: number;
  created: number;
}

/** What a load did: per kind of node and relationship, how many were created and how many matched. */
export interface LoadSummary {
  batches: number;
  documents: LoadTally;
  entities: LoadTally;
  /** `MENTIONED_IN` relationships. */
  mentions: LoadTally;
  /** Relation relationships (`CRITICIZED`, `HOLDS_ROLE`, ...). */
  relations: LoadTally;
  /** Documents loaded before with other content, whose evidence and mentions were removed before this load. */
  replaced: number;
}

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
    replaced: 0,
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
      add(summary.relations, batchLength(batch), counters.relationshipsCreated);
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
          tally(batch, await write(batch.cypher, batchParameters(batch)));
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

function add(tally: LoadTally, rows: number, created: number): void {
  tally.rows += rows;
  tally.created += created;
}
