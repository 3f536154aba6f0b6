import { InvalidUtf8Error } from '../../src/document/InvalidUtf8Error';
import { decodeUtf8 } from '../../src/document/decodeUtf8';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeUtf8', () => {
  it.each([
    ['plain ASCII', 'Rubio met Yermak.'],
    ['curly quotes and accents', 'Zelensky’s “plan” in Genève'],
    ['mojibake, which is valid UTF-8', 'Hereâ€™s what you need to know'],
    ['astral characters', 'talks 🇺🇦 progress'],
  ])('decodes %s as written', (_case, text) => {
    expect(decodeUtf8(bytes(text), 'a.txt')).toBe(text);
  });

  it('drops a leading byte order mark', () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'Text'), 'a.txt')).toBe('Text');
  });

  it.each([
    ['a Windows-1252 é', bytes('line one\ncaf', [0xe9], ' au lait'), 2, 12],
    ['a lone continuation byte', bytes([0x80], 'x'), 1, 0],
    ['an overlong encoding', bytes('ab', [0xc0, 0xaf]), 1, 2],
    ['a lead byte followed by ASCII after valid multibyte text', bytes('é€\n', [0xe2, 0x41]), 2, 6],
    ['a truncated sequence at the end', bytes('a\nb\n', [0xe2, 0x82]), 3, 4],
  ])('throws an InvalidUtf8Error naming the line of %s', (_case, input, line, offset) => {
    let error: unknown;
    try {
      decodeUtf8(input, 'in/a.txt');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InvalidUtf8Error);
    expect(error).toMatchObject({ code: 'NG_INPUT_INVALID_UTF8', file: 'in/a.txt', line });
    expect((error as Error).message).toContain(`offset ${offset}`);
    expect((error as Error).message).toMatch(/^in\/a\.txt:\d+: .*Fix: re-save it as UTF-8/);
  });

  it('counts lines from the first line number given', () => {
    expect(() => decodeUtf8(bytes([0xff]), 'd.jsonl', 7)).toThrow(expect.objectContaining({ line: 7 }));
  });
});
