import { pronounReferent } from '../../../src/relations/syntax/pronounReferent';
import type { Sex } from '../../../src/mentions/sexOfName';

const context = (lastPerson: string, people: string[], sexes: [string, Sex][]) => ({ sentence: 3, lastPerson, people, sexes: new Map(sexes) });

describe('pronounReferent', () => {
  it.each([
    // The last person named first, unless the name tells the other sex: then the most recent one of the pronoun's sex.
    ['her', context('person:tom', ['person:tom', 'person:ann'], [['person:tom', 'male'], ['person:ann', 'female']]), 'person:ann'],
    ['she', context('person:ann', ['person:ann', 'person:tom'], [['person:tom', 'male'], ['person:ann', 'female']]), 'person:ann'],
    ['him', context('person:orla', ['person:orla', 'person:tom'], [['person:tom', 'male']]), 'person:orla'],
    ['her', context('person:tom', ['person:tom', 'person:orla'], [['person:tom', 'male']]), undefined],
  ])('reads %j as %s', (pronoun, discourse, expected) => {
    expect(pronounReferent(pronoun, discourse)).toBe(expected);
  });
});
