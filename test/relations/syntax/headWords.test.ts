import { headWords } from '../../../src/relations/syntax/headWords';

describe('headWords', () => {
  it.each([
    ['Federal Circuit Court', ['court', '']],
    ['Federal Court of Australia', ['australia', 'court']],
    ['House of Representatives', ['representatives', 'house']],
  ])('reads the head words of %j', (name, expected) => {
    expect(headWords(name)).toEqual(expected);
  });
});
