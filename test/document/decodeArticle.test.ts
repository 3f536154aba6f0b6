import { decodeArticle } from '../../src/document/decodeArticle';

describe('decodeArticle', () => {
  it('decodes an article as written, without a warning', () => {
    expect(decodeArticle(Buffer.from('Hereâ€™s the news.\n'), 'a.txt')).toEqual({ text: 'Hereâ€™s the news.\n', warnings: [] });
  });

  it.each([
    ['a curly apostrophe', [0x49, 0x74, 0x92, 0x73, 0x20, 0x6f, 0x76, 0x65, 0x72], 'It’s over'],
    ['a pound sign', [0x61, 0x20, 0xa3, 0x35, 0x6d, 0x20, 0x64, 0x65, 0x61, 0x6c], 'a £5m deal'],
    ['curly quotes', [0x93, 0x4e, 0x6f, 0x94, 0x2c, 0x20, 0x73, 0x68, 0x65, 0x20, 0x73, 0x61, 0x69, 0x64], '“No”, she said'],
    ['a Latin-1 accent', [0x63, 0x61, 0x66, 0xe9, 0x20, 0x74, 0x61, 0x6c, 0x6b, 0x73], 'café talks'],
    ['a euro sign and a dash', [0x80, 0x32, 0x30, 0x20, 0x96, 0x20, 0x6f, 0x6b], '€20 – ok'],
    // The UTF-8 part reads as mojibake, which reading the text repairs.
    ['UTF-8 mixed with one Windows-1252 byte', [0x63, 0x61, 0x66, 0xc3, 0xa9, 0x20, 0x92], 'cafÃ© ’'],
  ])('reads a file that is not UTF-8 for %s as Windows-1252', (_case, bytes, text) => {
    expect(decodeArticle(Uint8Array.from(bytes), 'in/a.txt').text).toBe(text);
  });

  it('warns with the file, the line of the first bad byte and what to do, not with an error', () => {
    const bytes = Buffer.concat([Buffer.from('Headline\n\nThe minister'), Buffer.from([0x92]), Buffer.from('s plan.\n')]);
    const { warnings } = decodeArticle(bytes, 'in/a.txt');
    expect(warnings).toEqual([expect.objectContaining({ code: 'NG_INPUT_WINDOWS_1252', file: 'in/a.txt', line: 3 })]);
    expect(warnings[0]?.message).toMatch(/^in\/a\.txt:3: the text is not valid UTF-8 \(first bad byte at offset 22\), so it was read as Windows-1252\. Fix: \S/);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'NG_INPUT_EMPTY', 'the file is empty'],
    ['a file of whitespace', Buffer.from(' \n\n\t'), 'NG_INPUT_EMPTY', 'only whitespace'],
    ['a file of non-breaking spaces in Windows-1252', Buffer.from([0xa0, 0x0a, 0xa0]), 'NG_INPUT_EMPTY', 'only whitespace'],
    ['a binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'NG_INPUT_BINARY', 'binary'],
    ['a UTF-16 file', Buffer.from('\uFEFFcaf\u00e9 talks', 'utf16le'), 'NG_INPUT_BINARY', 'binary'],
  ])('rejects %s with a code and a message naming the file and the fix', (_case, bytes, code, problem) => {
    expect(() => decodeArticle(bytes, 'in/a.txt')).toThrow(
      expect.objectContaining({ code, file: 'in/a.txt', message: expect.stringContaining(problem) }),
    );
    expect(() => decodeArticle(bytes, 'in/a.txt')).toThrow(/^in\/a\.txt(:\d+)?: .+\. Fix: .+/);
  });
});
