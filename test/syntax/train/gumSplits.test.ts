import { gumSplits } from '../../../src/syntax/train/gumSplits';

const SPLITS = ['# Splits', '', '## dev', '', '  * GUM_bio_byron', '## test', '  * GUM_news_nasa', '## test2', '  * GENTLE_poetry_raven', '## train', '  * GUM_bio_galois', '  * GUM_news_iodine2'].join('\n');

describe('gumSplits', () => {
  it.each([
    ['GUM_bio_byron', 'dev'],
    ['GUM_news_nasa', 'test'],
    ['GENTLE_poetry_raven', 'test2'],
    ['GUM_bio_galois', 'train'],
    ['GUM_unknown', undefined],
  ])('puts %s in %s', (document, split) => {
    expect(gumSplits(SPLITS).get(document)).toBe(split);
  });

  it('refuses a file without a dev, test or train list', () => {
    expect(() => gumSplits('## train\n  * GUM_bio_galois\n')).toThrow('lists no dev document');
  });
});
