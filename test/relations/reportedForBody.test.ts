import { extractText } from '../helpers/extractText';
import { REPORTED_FOR_BODY } from '../../src/relations/reportedForBody';

// The relations a text states by the rule, as `source TYPE target` lines.
function reportedLines(text: string): string[] {
  return extractText(text).relations.filter((relation) => relation.evidence.rule === REPORTED_FOR_BODY.id).map((relation) => `${relation.source} ${relation.type} ${relation.target}`);
}

describe('reportedForBody', () => {
  it.each([
    ["Russian Foreign Minister Ann Vale said Russia backed Serbia's demand that the declaration be annulled.", ['person:ann-vale SUPPORTED country:serbia']],
    ["US Secretary of State Ann Vale said the United States stood firmly behind Georgia's territorial integrity.", ['person:ann-vale SUPPORTED country:georgia']],
    // Not one who holds no post in the body, nor a body's talks.
    ['Ann Vale said Russia backed Serbia.', []],
    ["Norway's prime minister, Ann Vale, said Oslo was in talks with Sweden over the purchase.", []],
  ])('gives the stance a body takes in a clause reported by one of its office holders to the office holder: %s', (text, expected) => {
    expect(reportedLines(text)).toEqual(expected);
  });
});
