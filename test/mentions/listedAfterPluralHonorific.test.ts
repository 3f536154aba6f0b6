import { listedAfterPluralHonorific } from '../../src/mentions/listedAfterPluralHonorific';
import { tokensOf } from '../helpers/tokensOf';

describe('listedAfterPluralHonorific', () => {
  it.each([
    ['Justices Toohey, Gaudron, Gummow and Kirby formed the majority.', 'Gummow', true],
    ['Justices Toohey, Gaudron, Gummow and Kirby formed the majority.', 'Kirby', true],
    ['Justices Ann Vale, Tom Baxter and Okafor dissented.', 'Okafor', true],
    ['Messrs Vosk and Orlak resigned.', 'Orlak', true],
    // The first name is the title's own; a name after the list's verb is no item of it.
    ['Justices Toohey, Gaudron, Gummow and Kirby formed the majority.', 'Toohey', false],
    ['Justices Toohey and Gaudron said Vosk erred.', 'Vosk', false],
    ['The judges, Toohey and Gaudron, agreed.', 'Gaudron', false],
  ])('reads %j at %j as a later item of a list a plural title opens: %s', (text, word, expected) => {
    const tokens = tokensOf(text);
    const at = tokens.findIndex((token) => token.start === text.indexOf(word));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(listedAfterPluralHonorific(tokens, at)).toBe(expected);
  });
});
