import { relationLines } from '../../helpers/extractText';
import { ownersFate } from '../../../src/relations/rules/judgesOwnersFate';

describe('judgesOwnersFate', () => {
  it.each(ownersFate.examples.map((example) => [example.text, example.relations] as const))('reads the example %j as %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    ['Ann Vale welcomed the arrest of Tom Baxter and Tom Baxter\'s removal.', []],
    ['Ann Vale criticised Tom Baxter\'s resignation.', ['person:ann-vale CRITICIZED person:tom-baxter']],
    ['Ann Vale welcomed Tom Baxter\'s statement.', ['person:ann-vale PRAISED person:tom-baxter']],
  ])('drops only a judgment of what befalls the party, or welcome of its going, in %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });
});
