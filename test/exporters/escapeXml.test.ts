import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import { escapeXml } from '../../src/exporters/escapeXml';

describe('escapeXml', () => {
  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&apos;'],
    ['\t', '&#9;'],
    ['\n', '&#10;'],
    ['\r', '&#13;'],
    ['&amp;', '&amp;amp;'],
    ['AT&T <Labs>', 'AT&amp;T &lt;Labs&gt;'],
    ['bell\u0007 nul\u0000', 'bell nul'],
    ['Zelensky \u{1F30D}', 'Zelensky \u{1F30D}'],
    ['plain text', 'plain text'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  it.each([
    ['AT&T <Labs> said "yes" & \'no\''],
    ['tab\there, LF\nthere, CRLF\r\nand CR\rend'],
    ['  leading and trailing spaces  '],
    ['emoji \u{1F30D} and accents: Zelenskiy, Kyïv'],
    [']]> and <!-- look like markup -->'],
  ])('reads back as %j in both text and attribute values', (input) => {
    const xml = `<a value="${escapeXml(input)}">${escapeXml(input)}</a>`;
    const element = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml').documentElement;
    expect(element?.getAttribute('value')).toBe(input);
    expect(element?.textContent).toBe(input);
  });
});
