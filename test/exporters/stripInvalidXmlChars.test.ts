import { stripInvalidXmlChars } from '../../src/exporters/stripInvalidXmlChars';

describe('stripInvalidXmlChars', () => {
  it.each([
    ['a\u0000b', 'ab'],
    ['a\u0008b', 'ab'],
    ['a\u000Bb', 'ab'],
    ['a\u000Cb', 'ab'],
    ['a\u001Fb', 'ab'],
    ['lone high \uD800', 'lone high '],
    ['\uDC00lone low', 'lone low'],
    ['a\uFFFEb\uFFFF', 'ab'],
  ])('removes characters XML 1.0 forbids from %j', (input, expected) => {
    expect(stripInvalidXmlChars(input)).toBe(expected);
  });

  it.each([
    ['tab\t, LF\n and CR\r'],
    ['emoji \u{1F30D} as a surrogate pair'],
    ['DEL \u007F and C1 \u0085 are legal'],
    ['private use \uE000 and replacement \uFFFD'],
    ['& < > " \' stay for escaping'],
  ])('keeps the legal text %j unchanged', (input) => {
    expect(stripInvalidXmlChars(input)).toBe(input);
  });
});
