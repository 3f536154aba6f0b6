import { sexOfName, TITLE_SEXES } from '../../src/mentions/sexOfName';

describe('sexOfName', () => {
  it.each([
    ['ann', 'female'],
    ['timothy', 'male'],
    // A word the lexicon knows as no given name, or not at all, tells nothing.
    ['max', undefined],
    ['vosk', undefined],
  ])('reads the given name %j as %s', (key, expected) => {
    expect(sexOfName(key)).toBe(expected);
  });
});

describe('TITLE_SEXES', () => {
  it.each([
    ['mrs', 'female'],
    ['sir', 'male'],
    ['dr', undefined],
  ])('reads the courtesy title %j as %s', (title, expected) => {
    expect(TITLE_SEXES.get(title)).toBe(expected);
  });
});
