// The script of an extraction worker thread (createExtractionPool starts it from dist/cli): extracts each document it
// is sent and answers with the extraction, in the order asked. Everything corpus-wide stays on the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument } from '../pipeline/extractDocument';
import { lexiconFromRuleFile } from '../relations/lexiconFromRuleFile';
import type { WorkerAnswer, WorkerSetup, WorkerTask } from './ExtractionPool';

const port = parentPort;
if (port) {
  const { rules } = workerData as WorkerSetup;
  const options = rules ? { lexicon: lexiconFromRuleFile(rules.json, rules.source) } : {};
  port.on('message', ({ id, document }: WorkerTask) => {
    let answer: WorkerAnswer;
    try {
      answer = { id, extraction: extractDocument(document, options) };
    } catch (error) {
      answer = { id, error };
    }
    port.postMessage(answer);
  });
}
