import { deniedChargeRule } from '../../../src/relations/rules/deniedChargeRule';
import { relationLines } from '../../helpers/extractText';

describe('deniedChargeRule', () => {
  it.each((deniedChargeRule.examples ?? []).map((example) => [example.text, example.relations]))('reads its example %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });
});
