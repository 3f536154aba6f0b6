import { spellingVariants } from '../../src/knowledge/spellingVariants';

describe('spellingVariants', () => {
  it.each([
    ['Organization for Security and Co-operation in Europe', [
      'Organisation for Security and Co-operation in Europe',
      'Organization for Security and Cooperation in Europe',
      'Organisation for Security and Cooperation in Europe',
    ]],
    ['Organisation of Islamic Cooperation', ['Organization of Islamic Cooperation', 'Organisation of Islamic Co-operation', 'Organization of Islamic Co-operation']],
    ['World Health Organization', ['World Health Organisation']],
    ['Kessel Trade Council', []],
  ])('spells "%s" the other ways: %j', (name, expected) => {
    expect(spellingVariants(name).sort()).toEqual([...expected].sort());
  });
});
