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
    file('third/d.txt');
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

  it('lists a file given twice once, and names files in two folders by their path from the folder holding both', async () => {
    const { files } = await listInputFiles(['corpus/b.txt', 'other', 'corpus', join(root, 'other/b.txt')], root);
    expect(files.map(({ id }) => id)).toEqual(['corpus/b.txt', 'other/b.txt', 'corpus/a.md', 'corpus/feed.jsonl', 'corpus/sub/c.markdown']);
  });

  it.each([
    ['a folder', ['corpus']],
    ['the folder written with ./ and a trailing slash', ['./corpus/']],
    ['the folder by its absolute path', [join(root, 'corpus')]],
    ['the folder and a file in it', ['corpus/sub/c.markdown', 'corpus']],
  ])('gives the files of %s the same ids', async (_case, paths) => {
    const { files } = await listInputFiles(paths, root);
    expect(files.map(({ id }) => id).sort()).toEqual(['a.md', 'b.txt', 'feed.jsonl', 'sub/c.markdown']);
  });

  it.each([
    [['corpus/a.md', 'corpus/b.txt'], ['a.md', 'b.txt']],
    [['corpus/sub/c.markdown', 'corpus/b.txt'], ['sub/c.markdown', 'b.txt']],
    [[join(root, 'corpus/sub/c.markdown')], ['c.markdown']],
    [['other', 'third'], ['other/b.txt', 'third/d.txt']],
    [['corpus/b.txt', 'corpus/feed.jsonl', 'single.text'], ['corpus/b.txt', 'corpus/feed.jsonl', 'single.text']],
  ])('names the files of %j by their path from the folder holding them all: %j', async (paths, ids) => {
    const { files } = await listInputFiles(paths, root);
    expect(files.map(({ id }) => id)).toEqual(ids);
  });

  it('does not let a JSON Lines file given directly move the root of the article ids', async () => {
    const { files } = await listInputFiles(['third', 'corpus/feed.jsonl'], root);
    expect(files.filter(({ kind }) => kind === 'article').map(({ id }) => id)).toEqual(['d.txt']);
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
