import { agreesAsBody } from '../../src/mentions/agreesAsBody';
import { tokensOf } from '../helpers/tokensOf';

describe('agreesAsBody', () => {
  it.each([
    ['Vosk have been fined.', 0, true],
    ['After the match, Orlak were beaten.', 3, true],
    ['Vosk has been fined.', 0, false],
    // Coordination makes the verb plural; a plural or an English word is no body's name.
    ['Ann and Vosk have been fined.', 2, false],
    ['Vosks have been fined.', 0, false],
    ['Tables were set.', 0, false],
  ])('in %j reads word %i as a body agreeing with a plural verb: %s', (text, at, expected) => {
    expect(agreesAsBody(tokensOf(text), at)).toBe(expected);
  });
});
