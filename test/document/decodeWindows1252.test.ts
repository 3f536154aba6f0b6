import { decodeWindows1252, WINDOWS_1252_80_9F } from '../../src/document/decodeWindows1252';

describe('decodeWindows1252', () => {
  it.each([
    [[0x49, 0x74, 0x92, 0x73], 'It’s'],
    [[0xa3, 0x31, 0x30, 0x30], '£100'],
    [[0x80, 0x35], '€5'],
    [[0x93, 0x4f, 0x6b, 0x94], '“Ok”'],
    [[0x8a, 0x65, 0x66, 0xe8, 0x6f, 0x76, 0x69, 0xe8], 'Šefèoviè'],
    [[0x31, 0x30, 0x96, 0x31, 0x32], '10–12'],
    [[0x41, 0x99], 'A™'],
    [[0xe9, 0xfc, 0xdf, 0xa0], 'éüß\u00A0'],
    // Bytes Windows-1252 leaves undefined read as the C1 control of the same number (WHATWG).
    [[0x81, 0x8d, 0x8f, 0x90, 0x9d], '\u0081\u008D\u008F\u0090\u009D'],
  ])('decodes the bytes %j as %j', (bytes, text) => {
    expect(decodeWindows1252(Uint8Array.from(bytes))).toBe(text);
  });

  it('keeps one character per byte, so offsets into the text count bytes', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, byte) => byte);
    expect(decodeWindows1252(bytes)).toHaveLength(256);
    expect(WINDOWS_1252_80_9F).toHaveLength(32);
  });
});
