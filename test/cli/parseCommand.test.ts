import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommand } from '../../src/cli/parseCommand';
import { readConllu } from '../../src/syntax/readConllu';
import { fakeIo, tempFolder } from './fakeIo';

describe('parseCommand', () => {
  const temp = tempFolder();
  const text = 'Russia attacked Ukraine on Monday.\n\nGermany’s chancellor criticized the attack.\n';
  beforeAll(() => {
    writeFileSync(join(temp.path, 'a.txt'), text);
    writeFileSync(join(temp.path, 'empty.md'), '');
  });
  afterAll(temp.remove);

  it('prints each sentence with its mentions marked, then a row per token', async () => {
    const run = fakeIo({ cwd: temp.path });
    expect(await parseCommand(['a.txt'], run.io)).toBe(0);
    const out = run.stdout();
    expect(out).toContain('# a.txt sentence 1 (0-34): [Russia]{country:russia} attacked [Ukraine]{country:ukraine} on Monday .');
    expect(out).toContain('1\tRussia\tPROPN\tNNP\t2\tnsubj\tcountry:russia');
    expect(out).toContain('2\tattacked\tVERB\tVBD\t0\troot');
    expect(out).toMatch(/# a\.txt sentence 2 \(36-79\): \[Germany\]\{country:germany\} ’s chancellor/);
  });

  it('prints CoNLL-U whose offsets point into the file as read', async () => {
    const run = fakeIo({ cwd: temp.path });
    expect(await parseCommand(['a.txt', '--conllu'], run.io)).toBe(0);
    const out = run.stdout();
    const sentences = readConllu(out, 'stdout');
    expect(sentences.map((sentence) => sentence.id)).toEqual(['a.txt-1', 'a.txt-2']);
    for (const line of out.split('\n').filter((row) => /^\d+\t/.test(row))) {
      const columns = line.split('\t');
      const [start, end] = (/TokenRange=(\d+):(\d+)/.exec(columns[9] ?? '') ?? []).slice(1).map(Number);
      expect(text.slice(start, end)).toBe(columns[1]);
    }
    expect(out).toMatch(/\tEntity=country:germany\|SpaceAfter=No\|TokenRange=36:43\n/);
  });

  it('reports a bad input and still parses the good ones, exiting with 2', async () => {
    const run = fakeIo({ cwd: temp.path });
    expect(await parseCommand(['a.txt', 'empty.md'], run.io)).toBe(2);
    expect(run.stderr()).toContain('empty.md');
    expect(run.stdout()).toContain('sentence 1');
  });

  it('asks for inputs', async () => {
    await expect(parseCommand([], fakeIo({ cwd: temp.path }).io)).rejects.toThrow('give files or folders to read');
  });
});
