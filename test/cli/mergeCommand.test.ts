import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCommand } from '../../src/cli/buildCommand';
import { extractCommand } from '../../src/cli/extractCommand';
import { mergeCommand } from '../../src/cli/mergeCommand';
import { fakeIo, tempFolder } from './fakeIo';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const FILES = ['graph.json', 'graph.graphml', 'graph.gexf', 'graph.html'];

describe('mergeCommand', () => {
  const temp = tempFolder();
  const root = temp.path;
  let shards: string[];
  beforeAll(async () => {
    // Two shards of seeds/, each extracted by its own run as a batch engine would, named as build names them.
    const names = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
    expect(names.length).toBeGreaterThan(2);
    const half = Math.ceil(names.length / 2);
    shards = [];
    for (const [index, part] of [names.slice(0, half), names.slice(half)].entries()) {
      const run = fakeIo({ cwd: join(SEEDS, '..') });
      expect(await extractCommand(part.map((name) => join('seeds', name)), run.io)).toBe(0);
      const shard = join(root, `part-${index + 1}.jsonl`);
      writeFileSync(shard, run.stdout());
      shards.push(shard);
    }
    const first = readFileSync(shards[0] as string, 'utf8').split('\n')[0] as string;
    writeFileSync(join(root, 'bad.jsonl'), `${first}\n{"id":"x"}\nnot json\n${first}\n`);
    writeFileSync(join(root, 'empty.jsonl'), '\n');
    expect(await buildCommand(['seeds', '--out', join(root, 'built')], fakeIo({ cwd: join(SEEDS, '..') }).io)).toBe(0);
  }, 60_000);
  afterAll(temp.remove);

  it('writes the same graph files as build over the same documents, byte for byte', async () => {
    const run = fakeIo({ cwd: root });
    expect(await mergeCommand([...shards, '--out', 'merged'], run.io)).toBe(0);
    for (const name of FILES) {
      expect(readFileSync(join(root, 'merged', name), 'utf8')).toBe(readFileSync(join(root, 'built', name), 'utf8'));
    }
    expect(run.stdout()).toContain(`newsgraph merge: ${readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).length} documents processed`);
  });

  it('reads shards from standard input with -', async () => {
    const run = fakeIo({ cwd: root, stdin: shards.map((shard) => readFileSync(shard)).join('') });
    expect(await mergeCommand(['-', '--out', 'from-stdin'], run.io)).toBe(0);
    expect(readFileSync(join(root, 'from-stdin', 'graph.json'), 'utf8')).toBe(readFileSync(join(root, 'built', 'graph.json'), 'utf8'));
  });

  it('skips bad lines, documents met twice and empty files, names them with the fix, and exits with 2', async () => {
    const run = fakeIo({ cwd: root });
    expect(await mergeCommand(['bad.jsonl', 'empty.jsonl', 'missing.jsonl', '--out', 'partial'], run.io)).toBe(2);
    const stdout = run.stdout();
    expect(stdout).toContain('newsgraph merge: 1 document processed');
    for (const where of ['bad.jsonl:2: not a document extraction', 'bad.jsonl:3: not valid JSON', 'bad.jsonl:4: document id', 'empty.jsonl: the file holds no extractions', 'missing.jsonl: cannot read it (ENOENT)']) {
      expect(stdout).toContain(where);
    }
    expect(stdout).toContain('skipped 5 inputs');
  });

  it('exits with 1 and writes nothing when no extraction is readable', async () => {
    const run = fakeIo({ cwd: root });
    expect(await mergeCommand(['empty.jsonl', '--out', 'nothing'], run.io)).toBe(1);
    expect(run.stderr()).toContain('newsgraph merge: nothing to merge');
    expect(readdirSync(root)).not.toContain('nothing');
  });

  it('fails with a usage error without inputs', async () => {
    await expect(mergeCommand([], fakeIo({ cwd: root }).io)).rejects.toMatchObject({ code: 'NG_USAGE' });
  });

  it('prints its help for --help', async () => {
    const run = fakeIo({ cwd: root });
    expect(await mergeCommand(['--help'], run.io)).toBe(0);
    expect(run.stdout()).toContain('Usage: newsgraph merge');
  });
});
