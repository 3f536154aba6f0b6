import type { Document } from '../../src/document/DocumentSchema';
import type { ExtractionPool, ExtractionResult } from '../../src/cli/ExtractionPool';
import { extractInOrder } from '../../src/cli/extractInOrder';

const documents = (count: number): Document[] => Array.from({ length: count }, (_, index) => ({ id: `d${index}`, text: 'x' }));
const resultOf = (document: Document): ExtractionResult => ({ extraction: { id: document.id, entities: [], mentions: [], relations: [] } });

// A pool that answers in the reverse order it was asked, once `capacity` documents wait (or the input has ended).
function reversingPool(capacity: number): ExtractionPool & { most: number } {
  const waiting: Array<() => void> = [];
  let inFlight = 0;
  const pool = {
    capacity,
    most: 0,
    extract(document: Document) {
      inFlight++;
      pool.most = Math.max(pool.most, inFlight);
      return new Promise<ExtractionResult>((resolve) => {
        waiting.push(() => {
          inFlight--;
          resolve(resultOf(document));
        });
        if (waiting.length >= capacity) while (waiting.length > 0) waiting.pop()?.();
        else setTimeout(() => waiting.pop()?.(), 1);
      });
    },
    close: async () => undefined,
  };
  return pool;
}

describe('extractInOrder', () => {
  it.each([1, 3, 6])('hands results over in document order with a pool of capacity %i that answers out of order', async (capacity) => {
    const pool = reversingPool(capacity);
    const seen: string[] = [];
    await extractInOrder(documents(10), pool, (result) => void seen.push('extraction' in result ? result.extraction.id : 'problem'));
    expect(seen).toEqual(documents(10).map((document) => document.id));
    expect(pool.most).toBeLessThanOrEqual(capacity);
  });

  it('reads an async stream of documents', async () => {
    async function* stream(): AsyncGenerator<Document> {
      yield* documents(3);
    }
    const seen: string[] = [];
    await extractInOrder(stream(), reversingPool(2), (result) => void seen.push('extraction' in result ? result.extraction.id : 'problem'));
    expect(seen).toEqual(['d0', 'd1', 'd2']);
  });

  it('hands a result on while the next document is still being read, as from a slow standard input', async () => {
    let tookFirst: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (tookFirst = resolve));
    async function* slowStream(): AsyncGenerator<Document> {
      yield { id: 'd0', text: 'x' };
      await first; // the next line comes only once the first result is out
      yield { id: 'd1', text: 'x' };
    }
    const pool: ExtractionPool = { capacity: 8, extract: async (document) => resultOf(document), close: async () => undefined };
    const seen: string[] = [];
    await extractInOrder(slowStream(), pool, (result) => {
      seen.push('extraction' in result ? result.extraction.id : '');
      tookFirst();
    });
    expect(seen).toEqual(['d0', 'd1']);
  });

  it('throws the failure of a pool whose worker died, after the results before it', async () => {
    const failure = new Error('worker died');
    const pool: ExtractionPool = {
      capacity: 4,
      extract: (document) => (document.id === 'd2' || document.id === 'd3' ? Promise.reject(failure) : Promise.resolve(resultOf(document))),
      close: async () => undefined,
    };
    const seen: string[] = [];
    await expect(extractInOrder(documents(4), pool, (result) => void seen.push('extraction' in result ? result.extraction.id : ''))).rejects.toBe(failure);
    expect(seen).toEqual(['d0', 'd1']);
  });
});
