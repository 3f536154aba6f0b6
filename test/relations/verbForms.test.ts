import { verbForms } from '../../src/relations/verbForms';

describe('verbForms', () => {
  it.each([
    ['favour', ['favour', 'favoured', 'favouring', 'favours']],
    // compromise reads `found` as the past of `find`: the verb `found` is conjugated as a regular one.
    ['found', ['found', 'founded', 'founding', 'founds']],
    ['co-found', ['co-found', 'co-founded', 'co-founding', 'co-founds']],
  ])('writes %j as %j', (infinitive, expected) => {
    expect(verbForms(infinitive).sort()).toEqual(expected);
  });
});
