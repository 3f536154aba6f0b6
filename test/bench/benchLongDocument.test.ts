import { benchLongDocument } from '../../src/bench/benchLongDocument';
import { countWords } from '../../src/bench/countWords';
import type { Document } from '../../src/document/DocumentSchema';

const DOCUMENTS: Document[] = [
  { id: 'a.txt', text: 'US Secretary of State Marco Rubio met Andriy Yermak in Geneva on Sunday.\n' },
  { id: 'b.txt', text: 'Kremlin spokesman Dmitry Peskov said Russia had not been briefed.\n\nTrump criticized Ukraine.' },
];

describe('benchLongDocument', () => {
  it('extracts the articles joined as one document, counting its words and what it found', () => {
    const result = benchLongDocument(DOCUMENTS);
    expect(result.words).toBe(DOCUMENTS.reduce((sum, document) => sum + countWords(document.text), 0));
    expect(result.characters).toBe(DOCUMENTS.map((document) => document.text.trim()).join('\n\n').length);
    expect(result.wordsPerSecond).toBeCloseTo(result.words / result.seconds, 6);
    expect(result.progressReports).toBeGreaterThan(0);
    expect(result.output.entities).toBeGreaterThan(0);
    expect(result.output.relations).toBeGreaterThan(0);
  });
});
