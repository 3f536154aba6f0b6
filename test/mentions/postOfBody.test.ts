import { postOfBody } from '../../src/mentions/postOfBody';
import { tokensOf } from '../helpers/tokensOf';

describe('postOfBody', () => {
  const plain = { givenName: false, place: false };
  it.each([
    ['Ann Vale, the director of Vosk, spoke.', 5, plain, true],
    ['Ann Vale, chief executive of the Orlak Bank, spoke.', 6, plain, true],
    ['Ann Vale, the owner of the Kessel Lions, spoke.', 6, { givenName: true, place: false }, true],
    // A place's post takes a place; a post a place has too, a name that looks like a place's.
    ['Ann Vale, the mayor of Vosk, spoke.', 5, plain, false],
    ['Ann Vale, the president of Vosk, spoke.', 5, plain, true],
    ['Ann Vale, the president of Vosk, spoke.', 5, { givenName: false, place: true }, false],
    // A post a person may have too, before a given name; a title in capitals; a professor's field.
    ['Ann Vale, the manager of Tom Baxter, spoke.', 5, { givenName: true, place: false }, false],
    ['Ann Vale, the manager of Vosk, spoke.', 5, plain, true],
    ['Ann Vale, the Director of Vosk, spoke.', 5, plain, false],
    ['Ann Vale, a professor of Economics, spoke.', 5, plain, false],
  ] as const)('reads the name in %j at word %i (%o) as the body a post is held at: %s', (text, first, looks, expected) => {
    expect(postOfBody(tokensOf(text), first, looks)).toBe(expected);
  });
});
