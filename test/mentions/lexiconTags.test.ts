import { lexiconTags } from '../../src/mentions/lexiconTags';

describe('lexiconTags', () => {
  it.each([
    ['john', 'MaleName'],
    ['google', 'Organization'],
    ['zzqx', undefined],
  ])('gives "%s" the tag %j', (key, expected) => {
    expect(lexiconTags(key)).toEqual(expected);
  });
});
