import { apposedBody } from '../../src/mentions/apposedBody';
import { tokensOf } from '../helpers/tokensOf';

// Whether the first two words of `text` are described as a body by the apposition after them.
function described(text: string): boolean {
  return apposedBody(tokensOf(text), 0, 1);
}

describe('apposedBody', () => {
  it.each([
    ['Orlak Whampoa, the Hong Kong conglomerate controlled by Ann Vale, spoke.', true],
    ['Vosk Kessel, a French catering company, sacked 600 staff.', true],
    // A person's post, a body's officer, a phrase after the head.
    ['Tom Baxter, the union official, said no.', false],
    ["Karen Holt, the band's drummer, spoke.", false],
    ['Tony Orlak, a partner at the firm, spoke.', false],
    // A body's noun in a relative clause after the head is not the head; one before the clause is.
    ['Tom Orlak, the populist whose new party is surging, spoke.', false],
    ['Vosk Kessel, the fund that bought the company, spoke.', true],
    // No apposition.
    ['Vosk Kessel and the company agreed.', false],
  ])('reads %j as described as a body: %s', (text, expected) => {
    expect(described(text)).toBe(expected);
  });
});
