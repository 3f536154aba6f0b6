import { benchCast } from '../../src/bench/benchCast';
import { createRng } from '../../src/bench/createRng';
import { inventSentences } from '../../src/bench/inventSentences';

const CAST = { given: ['Ana', 'Kofi'], family: ['Silva', 'Mensah'], countries: ['Chile', 'Ghana'], cities: ['Accra'], parties: ['Green Party'], organizations: ['United Nations'], media: ['Reuters'] };

describe('inventSentences', () => {
  it('fills every slot of every sentence with the cast', () => {
    const invent = inventSentences(createRng(4), CAST);
    for (let index = 0; index < 200; index++) {
      const sentence = invent();
      expect(sentence).not.toMatch(/[{}]/);
      expect(sentence).toMatch(/^["A-Z].*[.!?"]$/);
    }
  });

  it('names a person in full before naming them by family name alone', () => {
    const invent = inventSentences(createRng(7), CAST);
    const text = Array.from({ length: 100 }, invent).join(' ');
    for (const family of CAST.family) {
      const first = text.search(new RegExp(`\\b${family}\\b`));
      if (first >= 0) expect(text.slice(0, first)).toMatch(/(Ana|Kofi) $/);
    }
  });

  it('gives the same sentences for the same seed', () => {
    const run = (seed: number) => Array.from({ length: 20 }, inventSentences(createRng(seed), benchCast()));
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
  });
});

describe('benchCast', () => {
  it('offers thousands of people and hundreds of countries, cities and parties to name', () => {
    const cast = benchCast();
    expect(cast.given.length * cast.family.length).toBeGreaterThan(10_000);
    expect([cast.countries.length, cast.cities.length, cast.parties.length].every((count) => count >= 150)).toBe(true);
  });
});
