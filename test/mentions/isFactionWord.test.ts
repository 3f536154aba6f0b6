import { isFactionWord } from '../../src/mentions/isFactionWord';
import type { Token } from '../../src/text/Token';
import { tokensOf } from '../helpers/tokensOf';

describe('isFactionWord', () => {
  it.each([
    ['Baxterite', true],
    ['Voskites', true],
    ['Scientologist', true],
    ['Trotskyists', true],
    ['Favourites', false],
    ['Orlak', false],
  ])('reads %j as a faction named after its leader or a creed\'s adherent: %s', (word, expected) => {
    expect(isFactionWord(tokensOf(`${word} met.`)[0] as Token)).toBe(expected);
  });
});
