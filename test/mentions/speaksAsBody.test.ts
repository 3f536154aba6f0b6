import { speaksAsBody } from '../../src/mentions/speaksAsBody';
import { tokensOf } from '../helpers/tokensOf';

describe('speaksAsBody', () => {
  it.each([
    ['Vosk said it would appeal.', 0, true],
    ['On Monday Vosk later said it had no comment.', 2, true],
    ['Vosk said he would appeal.', 0, false],
    ['Vosk said the team would appeal.', 0, false],
    ['Vosk, which has 800,000 members, agreed.', 0, true],
    ['Vosk, who has 800 staff, agreed.', 0, false],
    ['Royal Vosk, which has 800 staff, agreed.', 1, false],
    ['Fans queued for the Games, which open today.', 4, false],
    // A pause or a possessive parts the word from the verb.
    ['Vosk, the chairman said, it seems.', 0, false],
    ["Vosk's lawyer said it would appeal.", 0, false],
    // `that` and `in a statement` before what was said.
    ['Vosk said that it would appeal.', 0, true],
    ['Vosk said in a brief statement that it would appeal.', 0, true],
    ['Vosk said in a statement it had no comment.', 0, true],
    ['Vosk said that it was a shame.', 0, false],
    ['Vosk said in a statement that he would appeal.', 0, false],
    ['Vosk said in an interview that it would appeal.', 0, false],
  ])('in %j reads word %i as a body speaking of itself as it or described with which: %s', (text, at, expected) => {
    expect(speaksAsBody(tokensOf(text), at)).toBe(expected);
  });

  it.each([
    ['Aer Vosk said it would fight the bid.', 0, 1, true],
    ['Aer Vosk, which has 800 staff, agreed.', 0, 1, true],
    ['Aer Vosk said he would fight the bid.', 0, 1, false],
    // `it` standing for no one, before a copula.
    ['Aer Vosk said it would be a shame.', 0, 1, false],
    ['Aer Vosk said it was considering the bid.', 0, 1, true],
    ['Vosk said it was disappointed by the decision.', 0, 0, true],
    ['Aer Vosk said in a statement that it would fight the bid.', 0, 1, true],
  ])('in %j reads words %i to %i as a body speaking of itself: %s', (text, first, last, expected) => {
    expect(speaksAsBody(tokensOf(text), first, last)).toBe(expected);
  });
});
