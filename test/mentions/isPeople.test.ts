import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { isPeople } from '../../src/mentions/isPeople';
import type { Token } from '../../src/text/Token';
import { tokensOf } from '../helpers/tokensOf';

describe('isPeople', () => {
  it.each([
    ['Kurds', true],
    ['Gibraltarians', true],
    ['Voskites', true],
    ['Congolese', true],
    // Faiths and movements are groups too.
    ['Islamists', true],
    ['Sunnis', true],
    // A faction's member, a person's name.
    ['Voskite', false],
    ['Orlak', false],
  ])('reads %j as a people or faction: %s', (word, expected) => {
    expect(isPeople(tokensOf(`${word} met.`)[0] as Token, defaultKnowledge())).toBe(expected);
  });
});
