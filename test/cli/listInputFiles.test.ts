import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listInputFiles } from '../../src/cli/listInputFiles';
import { tempFolder } from './fakeIo';

describe('listInputFiles', () => {
  const temp = tempFolder();
  const root = temp.path;
  const file = (path: string, content = 'Text.'): void => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  beforeAll(() => {
    file('corpus/b.txt');
    file('corpus/a.md');
    file('corpus/sub/c.markdown');
    file('corpus/feed.jsonl');
    file('corpus/photo.jpg');
    file('corpus/.hidden.txt');
    file('corpus/.git/HEAD.txt');
    file('corpus/node_modules/pkg/readme.txt');
    file('other/b.txt');
    file('single.text');
    file('notes.pdf');
    symlinkSync('nowhere.txt', join(root, 'corpus/broken.txt'));
    symlinkSync('..', join(root, 'corpus/sub/loop'));
  });
  afterAll(temp.remove);

  it('lists a folder recursively in sorted order, with ids relative to it, skipping hidden files and node_modules', async () => {
    const { files, ignored } = await listInputFiles(['corpus'], root);
    expect(files.map(({ id, source, kind }) => [id, source, kind])).toEqual([
      ['a.md', 'corpus/a.md', 'article'],
      ['b.txt', 'corpus/b.txt', 'article'],
      ['feed.jsonl', 'corpus/feed.jsonl', 'jsonl'],
      ['sub/c.markdown', 'corpus/sub/c.markdown', 'article'],
    ]);
    expect(files[0]?.path).toBe(join(root, 'corpus/a.md'));
    expect(ignored).toEqual(['corpus/photo.jpg']);
  });

  it('reports a broken link in a folder as unreadable and does not follow a link loop', async () => {
    const { problems } = await listInputFiles(['corpus'], root);
    expect(problems).toEqual([expect.objectContaining({ code: 'NG_INPUT_UNREADABLE', file: 'corpus/broken.txt' })]);
  });

  it('names a file given directly by its file name', async () => {
    const { files } = await listInputFiles(['single.text'], root);
    expect(files).toEqual([{ path: join(root, 'single.text'), id: 'single.text', source: 'single.text', kind: 'article' }]);
  });

  it('gives the same relative path in two folders two ids, and lists a file given twice once', async () => {
    const { files } = await listInputFiles(['corpus/b.txt', 'other', 'corpus', join(root, 'other/b.txt')], root);
    expect(files.map(({ id }) => id)).toEqual(['b.txt', 'other/b.txt', 'a.md', 'feed.jsonl', 'sub/c.markdown']);
  });

  it.each([
    ['missing.txt', 'NG_INPUT_UNREADABLE', 'no such file or folder'],
    ['notes.pdf', 'NG_INPUT_UNSUPPORTED', 'does not read this kind of file'],
    ['single.text/inner.txt', 'NG_INPUT_UNREADABLE', 'not a folder'],
  ])('reports the path %j as a problem', async (path, code, problem) => {
    const { files, problems } = await listInputFiles([path], root);
    expect(files).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ code, file: path, message: expect.stringContaining(problem) })]);
  });
});
