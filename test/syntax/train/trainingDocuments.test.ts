import type { GumSplit } from '../../../src/syntax/train/gumSplits';
import { HeldOutDocumentError, assertTrainable, documentName, trainingDocuments } from '../../../src/syntax/train/trainingDocuments';

const splits = new Map<string, GumSplit>([
  ['GUM_bio_galois', 'train'],
  ['GUM_bio_byron', 'dev'],
  ['GUM_news_nasa', 'test'],
]);

describe('trainingDocuments', () => {
  it('keeps the train-split documents only, in name order', () => {
    expect(trainingDocuments(['GUM_news_nasa.conllu', 'GUM_bio_galois.conllu', 'GUM_bio_byron.conllu', 'splits.md', 'GUM_other.conllu'], splits)).toEqual(['GUM_bio_galois.conllu']);
  });
});

describe('assertTrainable', () => {
  it.each([['GUM_bio_byron.conllu'], ['GUM_news_nasa.conllu'], ['/data/gum/GUM_other.conllu']])('refuses to train on %s', (file) => {
    expect(() => assertTrainable(file, splits)).toThrow(HeldOutDocumentError);
  });

  it('accepts a train-split document', () => {
    expect(() => assertTrainable('/data/gum/GUM_bio_galois.conllu', splits)).not.toThrow();
  });
});

describe('documentName', () => {
  it.each([
    ['GUM_bio_byron.conllu', 'GUM_bio_byron'],
    ['/a/b/GUM_bio_byron.conllu', 'GUM_bio_byron'],
  ])('names %s %s', (file, name) => {
    expect(documentName(file)).toBe(name);
  });
});
