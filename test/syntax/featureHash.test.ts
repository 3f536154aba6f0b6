import { finishHash, hashString, mixHash } from '../../src/syntax/featureHash';

describe('hashString', () => {
  it('is stable, unsigned and depends on the seed and every character', () => {
    expect(hashString('report', 1)).toBe(hashString('report', 1));
    expect(hashString('report', 1)).not.toBe(hashString('report', 2));
    expect(hashString('report', 1)).not.toBe(hashString('reporT', 1));
    expect(hashString('report', 1)).toBeGreaterThan(0);
    expect(hashString('report', 1)).toBeLessThanOrEqual(0xffffffff);
  });

  it('spreads 20,000 words over distinct hashes', () => {
    const hashes = new Set(Array.from({ length: 20000 }, (_, i) => hashString(`w${i}`, 1)));
    expect(hashes.size).toBe(20000);
  });
});

describe('mixHash', () => {
  it('depends on the order of the values folded in', () => {
    expect(finishHash(mixHash(mixHash(0, 1), 2), 2)).not.toBe(finishHash(mixHash(mixHash(0, 2), 1), 2));
  });
});

describe('finishHash', () => {
  it('never returns 0, the empty-slot marker', () => {
    for (let i = 0; i < 10000; i++) expect(finishHash(i, 0)).not.toBe(0);
  });
});
