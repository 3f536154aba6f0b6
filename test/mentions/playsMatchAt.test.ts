import { playsMatchAt } from '../../src/mentions/playsMatchAt';
import { tokensOf } from '../helpers/tokensOf';

describe('playsMatchAt', () => {
  it.each([
    ['Orlak beat Vosk 2-1.', 'Orlak', true],
    ['Orlak beat Vosk 2-1.', 'Vosk', true],
    ['Orlak drew with Vosk.', 'Vosk', true],
    ['Orlak lost to Vosk in the final.', 'Orlak', true],
    ['Orlak won the title, beating Vosk in the final.', 'Vosk', true],
    ['Jol was sacked after the 2-1 home defeat by Orlak.', 'Orlak', true],
    ['His first match will be the tie against Orlak on Wednesday.', 'Orlak', true],
    ['They watched the game between Orlak and Vosk.', 'Orlak', true],
    // No match: a lost cause, a beaten path, a place after a preposition.
    ['Police beat protesters in Orlak.', 'Orlak', false],
    ['Orlak lost its appeal.', 'Orlak', false],
    ["Orlak's defeat of Vosk was a surprise.", 'Orlak', false],
  ])('in %j reads %j as a side in a match: %s', (text, word, expected) => {
    const tokens = tokensOf(text);
    const at = tokens.findIndex((token) => token.text.replace(/['’]s$/, '') === word);
    expect(playsMatchAt(tokens, at, at)).toBe(expected);
  });
});
