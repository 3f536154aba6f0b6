import type { Document } from '../document/DocumentSchema';
import type { ExtractionPool, ExtractionResult } from './ExtractionPool';

/**
 * Feeds documents to the pool, up to `pool.capacity` at once, and hands each result to `take` in document order as
 * soon as it and every result before it are in: the output is the same whatever the workers, and it flows as it goes.
 */
export async function extractInOrder(
  documents: Iterable<Document> | AsyncIterable<Document>,
  pool: ExtractionPool,
  take: (result: ExtractionResult) => Promise<void> | void,
): Promise<void> {
  const pending: Promise<ExtractionResult>[] = [];
  const hand = async (): Promise<void> => take(await (pending.shift() as Promise<ExtractionResult>));
  for await (const document of documents) {
    const result = pool.extract(document);
    // Marked handled now: a dead worker rejects every waiting document, and the first one awaited throws.
    result.catch(() => undefined);
    pending.push(result);
    while (pending.length >= pool.capacity) await hand();
  }
  while (pending.length > 0) await hand();
}
