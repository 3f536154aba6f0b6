import type { Document } from '../document/DocumentSchema';
import type { ExtractionPool, ExtractionResult } from './ExtractionPool';

/**
 * Feeds documents to the pool, up to `pool.capacity` not yet handed on, and hands each result to `take` in document
 * order as soon as it and every result before it are in, even while the next document is still being read (a slow
 * stdin): the output is the same whatever the workers, and it flows as it goes.
 */
export async function extractInOrder(
  documents: Iterable<Document> | AsyncIterable<Document>,
  pool: ExtractionPool,
  take: (result: ExtractionResult) => Promise<void> | void,
): Promise<void> {
  let taken: Promise<void> = Promise.resolve();
  const waiting: Promise<void>[] = [];
  for await (const document of documents) {
    const result = pool.extract(document);
    // Each document is taken after the one before it; a failure (a dead worker) skips the rest and is thrown below.
    taken = taken.then(async () => take(await result));
    // Marked handled at once, so a failure does not count as unhandled before it is awaited.
    taken.catch(() => undefined);
    result.catch(() => undefined);
    waiting.push(taken);
    if (waiting.length >= pool.capacity) await waiting.shift();
  }
  await taken;
}
