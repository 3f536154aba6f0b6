import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { opensBodyName } from '../../src/mentions/opensBodyName';
import { tokensOf } from '../helpers/tokensOf';

describe('opensBodyName', () => {
  it.each([
    ['General Audit Directorate officials met.', 1, true],
    ['General Administration of Taxes officials met.', 1, true],
    // An adjective and a plural's possessive before the head word (`Professional Footballers' Association`).
    ["Professional Drivers' Association officials met.", 0, true],
    // A place's name among them (`Queen's Lancashire Regiment`).
    ["Officers of the King's Yorkshire Regiment met.", 4, true],
    // A title's head word among them makes them an office, not a body.
    ['Chief Cabinet Secretary Tom Baxter spoke.', 0, false],
    ['Ann Vale spoke.', 0, false],
    ['The Orlak Vosk spoke.', 1, false],
  ])('reads the capitalized words of %j from word %i as a body\'s name: %s', (text, from, expected) => {
    expect(opensBodyName(tokensOf(text), from, defaultKnowledge())).toBe(expected);
  });
});
