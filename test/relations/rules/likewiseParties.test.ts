import { extractText } from '../../helpers/extractText';
import { LIKEWISE } from '../../../src/relations/rules/likewiseParties';

/** The relations the likewise rule adds to a text, as `source TYPE target` lines. */
const likewiseLines = (text: string): string[] =>
  extractText(text)
    .relations.filter((relation) => relation.evidence.rule === LIKEWISE.id)
    .map((relation) => `${relation.source} ${relation.type} ${relation.target}`);

describe('likewiseParties', () => {
  it.each(LIKEWISE.examples.map((example) => [example.text, example.relations] as const))('reads the example %j as %j', (text, expected) => {
    expect(likewiseLines(text)).toEqual(expected);
  });

  it('keeps the other parties of the sentence as they were read', () => {
    const lines = extractText('Cuba condemned Ann Vale, as did Norway.').relations.map((relation) => `${relation.source} ${relation.type} ${relation.target}`);
    expect(lines).toEqual(expect.arrayContaining(['country:cuba CRITICIZED person:ann-vale', 'country:norway CRITICIZED person:ann-vale']));
  });
});
