import type { Document } from '../document/DocumentSchema';
import { extractDocument } from '../pipeline/extractDocument';
import { countWords } from './countWords';

/** What `benchLongDocument` measured. */
export interface LongDocumentBenchResult {
  characters: number;
  words: number;
  seconds: number;
  wordsPerSecond: number;
  /** How often extractDocument told how far it was: progress moves within the document. */
  progressReports: number;
  /** Growth of the process's peak resident memory during the run (0 when an earlier phase peaked higher). */
  peakRssGrowthBytes: number;
  output: { entities: number; mentions: number; relations: number };
}

/**
 * Times extractDocument on a corpus read as one long document, its articles joined by blank lines, once: set beside
 * the words per second of the same articles extracted one by one, it shows whether a document's cost grows faster
 * than its text (target: at least 0.6x the articles' rate).
 */
export function benchLongDocument(documents: readonly Document[]): LongDocumentBenchResult {
  const text = documents.map((document) => document.text.trim()).join('\n\n');
  const words = countWords(text);
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  let progressReports = 0;
  const start = performance.now();
  const extraction = extractDocument({ id: 'long-document.txt', text }, { onProgress: () => progressReports++ });
  const seconds = (performance.now() - start) / 1000;
  return {
    characters: text.length,
    words,
    seconds,
    wordsPerSecond: seconds > 0 ? words / seconds : Infinity,
    progressReports,
    peakRssGrowthBytes: process.resourceUsage().maxRSS * 1024 - peakBefore,
    output: { entities: extraction.entities.length, mentions: extraction.mentions.length, relations: extraction.relations.length },
  };
}
