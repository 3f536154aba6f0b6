import { unassertedCues } from '../../../src/relations/syntax/unassertedClauses';
import { cueExamples } from '../../helpers/cueExamples';
import { relationLines } from '../../helpers/extractText';

describe('unassertedClauses', () => {
  it.each(cueExamples(unassertedCues))('reads the example of cue %s: %j', (_id, text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    // Denied or disputed clauses, with and without `that`, after a claim noun and its owner.
    ['The ministry denied that Ghana had threatened Togo.'],
    ['Lithuania rejected the notion that Poland supported Belarus.'],
    ['Officials in Oslo dismissed reports Denmark had met Iran.'],
    ['Austria rejected suggestions that Croatia had pressured Hungary.'],
    ['Canada disputed the claim Mexico had sanctioned Cuba, but said it would check.'],
    // Conditions.
    ['Unless Serbia condemns Kosovo, the deal stands.'],
    ['Nobody knew whether Kenya backed Ethiopia.'],
  ])('reads no relation stated only inside a denied, disputed or conditional clause in %j', (text) => {
    expect(relationLines(text)).toEqual([]);
  });

  it.each([
    // What the sentence itself asserts outside the clause stands.
    ['Ghana denied that it had troops there, but Ghana praised Togo.', ['country:ghana PRAISED country:togo']],
    ['There is no doubt that Iraq criticised Syria.', ['country:iraq CRITICIZED country:syria']],
    ['Brazil rejected the Argentine proposal on Friday.', ['country:brazil REJECTED country:argentina']],
    // A title inside a denied clause is still the person's office.
    ['Oslo denied that Danish Prime Minister Karen Holm had met Iran.', ['person:karen-holm HOLDS_ROLE country:denmark']],
  ])('keeps what is asserted around such clauses in %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });
});
