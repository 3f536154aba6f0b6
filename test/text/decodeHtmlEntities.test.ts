import { decodeHtmlEntities } from '../../src/text/decodeHtmlEntities';

describe('decodeHtmlEntities', () => {
  it.each([
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['the caf&eacute; on the square', 'the café on the square'],
    ['the caf&#233; on the square', 'the café on the square'],
    ['the minister&#x2019;s aide', 'the minister’s aide'],
    ['the minister&#X2019;s aide', 'the minister’s aide'],
    ['&ldquo;Never,&rdquo; she said', '“Never,” she said'],
    ['10&nbsp;km', '10\u00A0km'],
    ['&lt;b&gt;', '<b>'],
    ['Zo&euml; and Bj&ouml;rn', 'Zoë and Björn'],
    ['a smile &#x1F600;', 'a smile \u{1F600}'],
    // HTML reads the Windows-1252 range of numeric references as Windows-1252 does.
    ['it&#146;s', 'it’s'],
    ['AT&T and R&D stay', 'AT&T and R&D stay'],
    ['&bogus; stays', '&bogus; stays'],
    ['&amp without a semicolon stays', '&amp without a semicolon stays'],
    ['no references at all', 'no references at all'],
  ])('decodes %j to %j', (input, expected) => {
    expect(decodeHtmlEntities(input).text).toBe(expected);
  });

  it.each([
    ['Le caf&#233; ferme.', 'café', 'caf&#233;'],
    ['Le caf&eacute; ferme.', 'ferme', 'ferme'],
    ['&ldquo;Fran&ccedil;ois&rdquo; said', 'François', 'Fran&ccedil;ois'],
    ['x &#x1F600; y', '\u{1F600} y', '&#x1F600; y'],
  ])('maps a word of %j, %j, back to the raw %j', (input, word, raw) => {
    const { text, origin } = decodeHtmlEntities(input, 10);
    const at = text.indexOf(word);
    const end = at + word.length < text.length ? origin[at + word.length] : 10 + input.length;
    expect(input.slice((origin[at] ?? 0) - 10, (end ?? 0) - 10)).toBe(raw);
  });

  it('gives every decoded character the offset of its reference', () => {
    expect(decodeHtmlEntities('a&amp;b', 5).origin).toEqual([5, 6, 11]);
  });
});
