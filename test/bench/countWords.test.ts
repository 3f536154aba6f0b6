import { countWords } from '../../src/bench/countWords';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['Rubio', 1],
    ['US Secretary of State Marco Rubio said so.', 8],
    ['  leading, trailing  and\n\nnew lines\t', 5],
    ["Here’s the U.S.-backed 28-point plan", 5],
  ])('counts %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});
