import { looksBinary } from '../../src/document/looksBinary';

describe('looksBinary', () => {
  it.each([
    ['text with tabs, CRLF and form feeds', Buffer.from('a\tb\r\nc\fd\n'), false],
    ['UTF-8 text', Buffer.from('Zelensky’s “plan” — Genève'), false],
    ['text with one stray control character', Buffer.from(`${'word '.repeat(20)}\u0007`), false],
    ['nothing', Buffer.alloc(0), false],
    ['a NUL byte', Buffer.from('text\0text'), true],
    ['UTF-16 text', Buffer.from('\uFEFFtext', 'utf16le'), true],
    ['mostly control characters', Buffer.from([1, 2, 3, 4, 5, 65, 66, 67]), true],
    ['a PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), true],
  ])('says whether %s is binary', (_case, bytes, expected) => {
    expect(looksBinary(bytes)).toBe(expected);
  });
});
