import { plural } from '../../src/explorer/plural';

describe('plural', () => {
  it.each([
    [1, 'sentence', undefined, '1 sentence'],
    [0, 'sentence', undefined, '0 sentences'],
    [3, 'entity', 'entities', '3 entities'],
    [1200, 'entity', 'entities', '1,200 entities'],
  ])('writes %i %s', (count, noun, nouns, text) => {
    expect(plural(count, noun, nouns)).toBe(text);
  });
});
