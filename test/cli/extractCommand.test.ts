import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { extractCommand } from '../../src/cli/extractCommand';
import type { CliIo } from '../../src/cli/CliIo';
import { DocumentExtractionSchema, type DocumentExtraction } from '../../src/pipeline/DocumentExtractionSchema';
import { fakeIo, tempFolder } from './fakeIo';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const SEED_NAMES = ['000_6a94b3b6f5c6f10a.txt', '003_4aeff340d16b73b3.txt'];

function parseLines(stdout: string): DocumentExtraction[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => DocumentExtractionSchema.parse(JSON.parse(line)));
}

describe('extractCommand', () => {
  const temp = tempFolder();
  const root = temp.path;
  const feed = '{"id":"wire-1","text":"Rubio met Yermak in Geneva.","date":"2025-11-24"}\n{broken\n{"id":"wire-2","text":"Trump thanked Kyiv."}\n';
  beforeAll(() => {
    mkdirSync(join(root, 'articles'));
    for (const name of SEED_NAMES) copyFileSync(join(SEEDS, name), join(root, 'articles', name));
    writeFileSync(join(root, 'articles', 'empty.md'), '');
    writeFileSync(join(root, 'feed.jsonl'), feed);
    writeFileSync(join(root, 'cp1252.txt'), Buffer.from('Prime Minister Keir Starmer\x92s office said Britain would respond.', 'latin1'));
    writeFileSync(
      join(root, 'dating.jsonl'),
      '{"id":"dated","text":"President Joe Biden praised Japan.","date":"2021-05-12"}\n{"id":"undated","text":"Chancellor Olaf Scholz met President Emmanuel Macron in Paris."}\n',
    );
  });
  afterAll(temp.remove);

  it('prints one valid JSON line per document and reports skipped files on stderr, exiting with 2', async () => {
    const run = fakeIo({ cwd: root });
    expect(await extractCommand(['articles'], run.io)).toBe(2);
    const extractions = parseLines(run.stdout());
    expect(extractions.map(({ id }) => id)).toEqual(SEED_NAMES);
    expect(extractions[1]?.date).toBe('2025-11-24');
    expect(run.stderr()).toMatch(/^articles\/empty\.md: the file is empty\. Fix: .+\n$/);
  });

  it('gives mention offsets that point at the mention text in the file as read', async () => {
    const run = fakeIo({ cwd: root });
    await extractCommand(['articles'], run.io);
    for (const extraction of parseLines(run.stdout())) {
      const text = readFileSync(join(root, 'articles', extraction.id), 'utf8');
      for (const mention of extraction.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it.each([
    ['a JSON Lines file', ['--jsonl', 'feed.jsonl'], undefined, 'feed.jsonl'],
    ['standard input', ['--jsonl', '-'], feed, 'stdin'],
  ])('reads %s line by line, naming the bad line', async (_case, args, stdin, file) => {
    const run = fakeIo({ cwd: root, stdin });
    expect(await extractCommand(args, run.io)).toBe(2);
    expect(parseLines(run.stdout()).map(({ id, date, source }) => [id, date, source])).toEqual([
      ['wire-1', '2025-11-24', file],
      ['wire-2', undefined, file],
    ]);
    expect(run.stderr()).toMatch(new RegExp(`^${file}:2: not valid JSON .*Fix: `));
  });

  it('dates the documents that state no date with --date, and keeps the dates documents state', async () => {
    const run = fakeIo({ cwd: root });
    expect(await extractCommand(['--jsonl', 'dating.jsonl', '--date', '2024-03-12'], run.io)).toBe(0);
    const extractions = parseLines(run.stdout());
    expect(extractions.map(({ id, date, relations }) => [id, date, relations.map(({ type, evidence }) => [type, evidence.date])])).toEqual([
      ['dated', '2021-05-12', [['PRAISED', '2021-05-12']]],
      ['undated', '2024-03-12', [['MET_WITH', '2024-03-12']]],
    ]);
  });

  it('rejects a --date that is not YYYY-MM-DD with a usage error', async () => {
    await expect(extractCommand(['articles', '--date', '2024.03.12'], fakeIo({ cwd: root }).io)).rejects.toThrow(
      expect.objectContaining({ code: 'NG_USAGE', message: expect.stringContaining('--date: expected a date as YYYY-MM-DD') }),
    );
  });

  it('reads a file that is not UTF-8 as Windows-1252, warning on stderr, and exits with 0', async () => {
    const run = fakeIo({ cwd: root });
    expect(await extractCommand(['cp1252.txt'], run.io)).toBe(0);
    const [extraction] = parseLines(run.stdout());
    const text = 'Prime Minister Keir Starmer\u2019s office said Britain would respond.';
    expect(extraction?.mentions.map(({ text: mention, start, end }) => [mention, text.slice(start, end)])).toEqual([
      ['Keir Starmer', 'Keir Starmer'],
      ['Britain', 'Britain'],
    ]);
    expect(run.stderr()).toMatch(/^warning: cp1252\.txt:1: the text is not valid UTF-8 .*read as Windows-1252\. Fix: .+\n$/);
  });

  it('prints the same lines, in the same order, with two extraction workers as with one', async () => {
    const one = fakeIo({ cwd: root });
    const two = fakeIo({ cwd: root, cores: 2 });
    expect(await extractCommand(['articles', '--jsonl', 'dating.jsonl', '--workers', '1'], one.io)).toBe(2);
    expect(await extractCommand(['articles', '--jsonl', 'dating.jsonl'], two.io)).toBe(2);
    expect(parseLines(two.stdout()).map(({ id }) => id)).toEqual([...SEED_NAMES, 'dated', 'undated']);
    expect(two.stdout()).toBe(one.stdout());
    expect(two.stderr()).toBe(one.stderr());
  }, 60_000);

  it('exits with 0 when every input is good', async () => {
    const run = fakeIo({ cwd: root });
    expect(await extractCommand([join('articles', SEED_NAMES[0] ?? '')], run.io)).toBe(0);
    expect(parseLines(run.stdout())).toHaveLength(1);
    expect(run.stderr()).toBe('');
  });

  it('exits with 1 when nothing is readable', async () => {
    const run = fakeIo({ cwd: root });
    expect(await extractCommand(['articles/empty.md', 'nope.txt'], run.io)).toBe(1);
    expect(run.stdout()).toBe('');
    expect(run.stderr()).toContain('nope.txt: cannot read it');
  });

  it('prints each document of standard input before the input ends', async () => {
    const stdin = new PassThrough();
    let firstLine: (line: string) => void = () => undefined;
    const printed = new Promise<string>((resolve) => (firstLine = resolve));
    const stdout = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        firstLine(chunk.toString());
        callback();
      },
    });
    const io: CliIo = { stdout, stderr: new PassThrough(), stdin, isTTY: false, env: {}, cwd: root };
    const done = extractCommand(['--jsonl', '-'], io);
    stdin.write('{"id":"early","text":"Rubio met Yermak."}\n');
    expect(JSON.parse(await printed)).toMatchObject({ id: 'early' });
    stdin.end('{"id":"late","text":"Trump thanked Kyiv."}\n');
    expect(await done).toBe(0);
  });

  it.each([
    [[], 'give files or folders to read, or --jsonl <file or ->'],
    [['--jsonl'], 'option --jsonl <value> needs a value'],
    [['articles', '--out', 'x'], 'unknown option --out'],
    [['--jsonl', '-'], 'there is no standard input'],
  ])('rejects the arguments %j with a usage error', async (args, message) => {
    await expect(extractCommand(args, fakeIo({ cwd: root }).io)).rejects.toThrow(
      expect.objectContaining({ code: 'NG_USAGE', message: expect.stringContaining(message) }),
    );
  });
});
