import { refusalRule } from '../../../src/relations/rules/refusalRule';
import { relationLines } from '../../helpers/extractText';

describe('refusalRule', () => {
  it.each((refusalRule.examples ?? []).map((example) => [example.text, example.relations]))('reads its example %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });
});
