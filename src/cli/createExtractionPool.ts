import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Document } from '../document/DocumentSchema';
import { ExtractionFailedError } from './ExtractionFailedError';
import type { ExtractionPool, ExtractionResult, WorkerAnswer, WorkerSetup, WorkerTask } from './ExtractionPool';
import { WorkerFailedError } from './WorkerFailedError';
import { extractSafely } from './extractSafely';
import type { RuleFile } from './readRuleFile';

// The compiled worker, found the same way from src/cli (ts-jest, which cannot run a .ts worker) and from dist/cli.
const WORKER_SCRIPT = join(__dirname, '..', '..', 'dist', 'cli', 'extractionWorker.js');
// Documents a worker holds at once: one at work, one waiting, so it never idles while the main thread answers.
const DEPTH = 2;
const CAPACITY_PER_WORKER = 8;

interface Waiting {
  document: Document;
  resolve: (result: ExtractionResult) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  busy: Map<number, Waiting>;
}

/**
 * An extraction pool of `workers` worker threads (started as the documents come, up to that many), or, for one worker,
 * extraction in this thread. Either way a document's result is what `extractSafely` gives: extractDocument is pure, so
 * where it runs changes nothing in the output. A worker that dies stops the pool with a `WorkerFailedError`.
 */
export function createExtractionPool(options: { workers: number; rules?: RuleFile; onProgress?: (done: number, total: number) => void }): ExtractionPool {
  const { workers, rules, onProgress } = options;
  if (workers <= 1) {
    const extractOptions = { ...(rules ? { lexicon: rules.lexicon } : {}), ...(onProgress ? { onProgress } : {}) };
    return { capacity: 1, extract: async (document) => extractSafely(document, extractOptions), close: async () => undefined };
  }
  if (!existsSync(WORKER_SCRIPT)) {
    throw new WorkerFailedError(`${WORKER_SCRIPT} is missing`, 'build newsgraph (`npm run build`), or run with --workers 1');
  }
  const setup: WorkerSetup = rules ? { rules: { json: rules.json, source: rules.source } } : {};
  const slots: Slot[] = [];
  const queue: Waiting[] = [];
  let queued = 0; // index of the next document in `queue` to hand out
  let nextId = 0;
  let failure: WorkerFailedError | undefined;
  let closed = false;

  const fail = (error: WorkerFailedError): void => {
    failure ??= error;
    for (const slot of slots) for (const waiting of slot.busy.values()) waiting.reject(failure);
    for (const waiting of queue.slice(queued)) waiting.reject(failure);
    queue.length = queued = 0;
    for (const slot of slots) void slot.worker.terminate();
  };
  const start = (): Slot => {
    const worker = new Worker(WORKER_SCRIPT, { workerData: setup });
    const slot: Slot = { worker, busy: new Map() };
    worker.on('message', (answer: WorkerAnswer) => {
      // Our own worker's message, not input: not validated again (a zod pass would cost as much as a small document).
      const waiting = slot.busy.get(answer.id);
      if (!waiting) return;
      slot.busy.delete(answer.id);
      const { document } = waiting;
      waiting.resolve('extraction' in answer ? { extraction: answer.extraction } : { problem: new ExtractionFailedError(document.source ?? document.id, document.id, answer.error) });
      dispatch();
    });
    worker.on('error', (error) => fail(new WorkerFailedError(`it crashed (${error.message})`, 'this is a newsgraph bug: please report it; --workers 1 runs without workers', { cause: error })));
    worker.on('exit', (code) => {
      if (!closed) fail(new WorkerFailedError(`it stopped with exit code ${code}`, 'check the memory available (each worker holds its own copy of the knowledge), or run with fewer --workers'));
    });
    slots.push(slot);
    return slot;
  };
  // Hands waiting documents to the least busy worker, starting another while all are full and fewer than asked run.
  const dispatch = (): void => {
    while (queued < queue.length) {
      let slot = slots.reduce<Slot | undefined>((best, candidate) => (!best || candidate.busy.size < best.busy.size ? candidate : best), undefined);
      if ((!slot || slot.busy.size >= DEPTH) && slots.length < workers) slot = start();
      if (!slot || slot.busy.size >= DEPTH) return;
      const waiting = queue[queued++] as Waiting;
      const id = nextId++;
      slot.busy.set(id, waiting);
      const task: WorkerTask = { id, document: waiting.document };
      slot.worker.postMessage(task);
    }
    queue.length = queued = 0;
  };

  return {
    // Enough documents ahead of the oldest that one slow document does not leave the other workers idle.
    capacity: workers * CAPACITY_PER_WORKER,
    extract(document) {
      if (failure) return Promise.reject(failure);
      if (closed) return Promise.reject(new WorkerFailedError('the pool is closed', 'this is a newsgraph bug: please report it'));
      return new Promise<ExtractionResult>((resolve, reject) => {
        queue.push({ document, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
