import { wordAtoms, wordShape } from '../../src/syntax/wordAtoms';

describe('wordShape', () => {
  it.each([
    ['McCain', 'XxXxxx'],
    ['1,200', 'd,ddd'],
    ['U.S.', 'X.X.'],
    ['internationally', 'xxxx'],
    ['Zürich', 'Xxxxx'],
  ])('gives %j the shape %j', (form, shape) => {
    expect(wordShape(form)).toBe(shape);
  });
});

describe('wordAtoms', () => {
  const atoms = wordAtoms(['In', '1990', 'Paris', 'walked', '1995', 'IN']);

  it('folds case and digits in the word atom but not in the form atom', () => {
    expect(atoms.word[0]).toBe(atoms.word[5]);
    expect(atoms.form[0]).not.toBe(atoms.form[5]);
    expect(atoms.word[1]).toBe(atoms.word[4]);
  });

  it.each([
    [0, 1 | 16],
    [1, 4],
    [2, 1],
    [5, 1 | 2],
  ])('flags word %i as %i', (i, flags) => {
    expect(atoms.flags[i]).toBe(flags);
  });

  it('gives a word the same atoms wherever it stands, but for the first-word flag', () => {
    const first = wordAtoms(['Paris', 'said']);
    const later = wordAtoms(['In', 'Paris']);
    for (const atom of ['word', 'form', 'shape', 'prefix3', 'suffix4', 'lexicon'] as const) expect(first[atom][0]).toBe(later[atom][1]);
    expect([first.flags[0], later.flags[1]]).toEqual([1 | 16, 1]);
  });

  it("reads compromise's lexicon for known words only", () => {
    expect(atoms.lexicon[3]).not.toBe(0);
    expect(wordAtoms(['qwzxv']).lexicon[0]).toBe(0);
  });
});
