import { PassThrough, Readable } from 'node:stream';
import { streamLines } from '../../src/cli/streamLines';

async function lines(chunks: Array<string | Buffer>): Promise<string[]> {
  const found: string[] = [];
  for await (const line of streamLines(Readable.from(chunks))) found.push(Buffer.from(line).toString('utf8'));
  return found;
}

describe('streamLines', () => {
  it.each([
    [['a\nb\n'], ['a', 'b']],
    [['a\nb'], ['a', 'b']],
    [['a', 'b\n\nc'], ['ab', '', 'c']],
    [[Buffer.from([0xc3]), Buffer.from([0xa8, 0x0a])], ['è']],
    [[''], []],
  ])('splits %j into the lines %j', async (chunks, expected) => {
    expect(await lines(chunks)).toEqual(expected);
  });

  it('yields a line as soon as it is complete, before the input ends', async () => {
    const input = new PassThrough();
    const iterator = streamLines(input)[Symbol.asyncIterator]();
    input.write('first\nsec');
    const next = await iterator.next();
    expect(Buffer.from(next.value as Uint8Array).toString()).toBe('first');
    input.end();
  });

  it('throws the error of a stream that fails', async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error('gone'), { code: 'EIO' }));
      },
    });
    await expect(streamLines(failing).next()).rejects.toMatchObject({ code: 'EIO' });
  });
});
