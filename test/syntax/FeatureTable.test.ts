import { FeatureTable } from '../../src/syntax/FeatureTable';

describe('FeatureTable', () => {
  it('numbers features by insertion and finds them again, through growth', () => {
    const table = new FeatureTable(4);
    const features = Array.from({ length: 5000 }, (_, i) => ((i + 1) * 2654435761) >>> 0);
    features.forEach((feature, i) => expect(table.insert(feature)).toBe(i));
    expect(table.size).toBe(5000);
    features.forEach((feature, i) => expect(table.get(feature)).toBe(i));
    expect(table.insert(features[10] as number)).toBe(10);
  });

  it.each([[1], [0xffffffff], [12345]])('answers -1 for the absent feature %i', (feature) => {
    expect(FeatureTable.from(Uint32Array.from([7, 8, 9])).get(feature)).toBe(-1);
  });

  it('gives back its features in row order', () => {
    expect([...FeatureTable.from(Uint32Array.from([30, 10, 20])).features()]).toEqual([30, 10, 20]);
  });
});
