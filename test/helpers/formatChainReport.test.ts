import type { EntityChainScore } from './EntityChainScore';
import { formatChainReport } from './formatChainReport';

const SCORE: EntityChainScore = {
  precision: 0.5,
  recall: 2 / 3,
  f1: 4 / 7,
  duplicates: 1,
  predicted: 4,
  chains: 3,
  errors: [
    { doc: 'korea', kind: 'duplicate', text: 'Organization:Korean People again for organization "KPA"' },
    { doc: 'korea', kind: 'missed', text: 'organization "agency" (Yonhap_News_Agency)' },
    { doc: 'ie9', kind: 'other', text: 'Organization:IE6 is GUM abstract "Internet Explorer 6"' },
  ],
  confusions: { 'place -> Person': 1, 'organization -> Country': 3 },
};

describe('formatChainReport', () => {
  it('prints the figures, the confusions by count, then each document errors, misses first', () => {
    expect(formatChainReport([['all', SCORE]]).split('\n')).toEqual([
      '## all: P 0.500 R 0.667 F1 0.571 dup 1 (4 entities scored, 3 chains)',
      'errors: missed 1, duplicate 1, type 0, other 1, unannotated 0',
      'confusions: organization -> Country 3, place -> Person 1',
      '',
      '### korea',
      'missed      organization "agency" (Yonhap_News_Agency)',
      'duplicate   Organization:Korean People again for organization "KPA"',
      '',
      '### ie9',
      'other       Organization:IE6 is GUM abstract "Internet Explorer 6"',
      '',
      '',
    ]);
  });
});
