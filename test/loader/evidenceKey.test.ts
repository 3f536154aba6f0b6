import { evidenceKey } from '../../src/loader/evidenceKey';

describe('evidenceKey', () => {
  it.each([
    [{ doc: 'a.txt', start: 0, end: 42, rule: 'criticized-verb' }, 'a.txt|0|42|criticized-verb'],
    [{ doc: 'feeds/b.jsonl#3', start: 120, end: 180, rule: 'holds-role-title' }, 'feeds/b.jsonl#3|120|180|holds-role-title'],
  ])('keys %j as %s', (evidence, expected) => {
    expect(evidenceKey(evidence)).toBe(expected);
  });

  it('tells apart two rules reading the same sentence', () => {
    const sentence = { doc: 'a.txt', start: 0, end: 42 };
    expect(evidenceKey({ ...sentence, rule: 'praised-thanked' })).not.toBe(evidenceKey({ ...sentence, rule: 'met-with' }));
  });
});
