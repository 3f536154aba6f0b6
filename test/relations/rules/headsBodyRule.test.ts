import { headsBodyRule } from '../../../src/relations/rules/headsBodyRule';
import { relationLines } from '../../helpers/extractText';

describe('headsBodyRule', () => {
  it.each((headsBodyRule.examples ?? []).map((example) => [example.text, example.relations]))('reads its example %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });
});
