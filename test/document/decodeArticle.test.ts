import { decodeArticle } from '../../src/document/decodeArticle';

describe('decodeArticle', () => {
  it('decodes an article as written', () => {
    expect(decodeArticle(Buffer.from('Hereâ€™s the news.\n'), 'a.txt')).toBe('Hereâ€™s the news.\n');
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'NG_INPUT_EMPTY', 'the file is empty'],
    ['a file of whitespace', Buffer.from(' \n\n\t'), 'NG_INPUT_EMPTY', 'only whitespace'],
    ['a binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'NG_INPUT_BINARY', 'binary'],
    ['a Latin-1 file', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'NG_INPUT_INVALID_UTF8', 'not valid UTF-8'],
  ])('rejects %s with a code and a message naming the file and the fix', (_case, bytes, code, problem) => {
    expect(() => decodeArticle(bytes, 'in/a.txt')).toThrow(
      expect.objectContaining({ code, file: 'in/a.txt', message: expect.stringContaining(problem) }),
    );
    expect(() => decodeArticle(bytes, 'in/a.txt')).toThrow(/^in\/a\.txt(:\d+)?: .+\. Fix: .+/);
  });
});
