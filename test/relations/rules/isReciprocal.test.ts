import { defaultRules } from '../../../src/relations/defaultRules';
import { isReciprocal } from '../../../src/relations/rules/isReciprocal';

describe('isReciprocal', () => {
  it.each([
    ['meet', true],
    ['negotiate', true],
    // Buying runs one way: buyers named together did not deal with each other.
    ['acquire', false],
    ['criticize', false],
  ])('reads the %j triggers as reciprocal: %s', (id, expected) => {
    const trigger = defaultRules.find((rule) => rule.id === id);
    expect(trigger && isReciprocal(trigger)).toBe(expected);
  });
});
