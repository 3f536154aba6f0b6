import { PassThrough, Readable } from 'node:stream';
import { readJsonlStream } from '../../src/cli/readJsonlStream';

async function collect(stream: AsyncIterable<Uint8Array | string>, taken = new Set<string>()) {
  const items = [];
  for await (const item of readJsonlStream(stream, 'stdin', taken)) items.push(item);
  return items;
}

describe('readJsonlStream', () => {
  it('reads lines split across chunks, including a last line without a newline', async () => {
    const chunks = ['{"id":"a1","te', 'xt":"Gen', Buffer.from([0xc3]), Buffer.from([0xa8]), 've"}\n{"id":"a2",', '"text":"B"}'];
    expect(await collect(Readable.from(chunks))).toEqual([
      { document: { id: 'a1', text: 'Genève', source: 'stdin' } },
      { document: { id: 'a2', text: 'B', source: 'stdin' } },
    ]);
  });

  it('reports bad lines with their numbers and keeps going', async () => {
    const input = '{"id":"a1","text":"A"}\n\nnope\n{"id":"a1","text":"again"}\n{"id":"taken","text":"x"}\n{"id":"a3","text":"C"}\n';
    const items = await collect(Readable.from([input]), new Set(['taken']));
    expect(items.map((item) => ('document' in item ? item.document.id : [item.problem.code, item.problem.line]))).toEqual([
      'a1',
      ['NG_INPUT_JSONL_LINE', 3],
      ['NG_INPUT_DUPLICATE_ID', 4],
      ['NG_INPUT_DUPLICATE_ID', 5],
      'a3',
    ]);
  });

  it('reports an input with no documents as empty', async () => {
    expect(await collect(Readable.from(['\n \n']))).toEqual([
      { problem: expect.objectContaining({ code: 'NG_INPUT_EMPTY', file: 'stdin' }) },
    ]);
  });

  it('reports a stream that fails as unreadable', async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error('gone'), { code: 'EIO' }));
      },
    });
    expect(await collect(failing)).toEqual([{ problem: expect.objectContaining({ code: 'NG_INPUT_UNREADABLE' }) }]);
  });

  it('yields a document as soon as its line is complete, before the input ends', async () => {
    const input = new PassThrough();
    const iterator = readJsonlStream(input, 'stdin', new Set())[Symbol.asyncIterator]();
    input.write('{"id":"a1","text":"A"}\n{"id":"a2"');
    await expect(iterator.next()).resolves.toEqual({ done: false, value: { document: { id: 'a1', text: 'A', source: 'stdin' } } });
    input.end(',"text":"B"}\n');
    await expect(iterator.next()).resolves.toMatchObject({ value: { document: { id: 'a2' } } });
    await expect(iterator.next()).resolves.toMatchObject({ done: true });
  });
});
