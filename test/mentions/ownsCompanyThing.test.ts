import { ownsCompanyThing } from '../../src/mentions/ownsCompanyThing';
import { tokensOf } from '../helpers/tokensOf';

describe('ownsCompanyThing', () => {
  it.each([
    ["Kessel's shares fell.", true],
    ["Vela's supervisory board met.", true],
    ["Vela's chief executive left.", true],
    ["Vela's executive director left.", true],
    ["Vela's managing director left.", true],
    ["Vela's chief financial officer left.", true],
    ["Vela's staff left.", false],
    ["Vela's director left.", false],
    ["Vela's chief economist left.", false],
  ])('in %j finds what only a company has after the possessive: %s', (text, expected) => {
    expect(ownsCompanyThing(tokensOf(text), 1)).toBe(expected);
  });
});
