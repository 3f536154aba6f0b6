import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCommand } from '../../src/cli/buildCommand';
import { readInputs } from '../../src/cli/readInputs';
import { SerializedGraphSchema } from '../../src/graph/SerializedGraphSchema';
import { fakeIo, tempFolder } from './fakeIo';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const DATED_SEED = '003_4aeff340d16b73b3.txt'; // starts with the date line `24th November, 2025`
const FRONT_MATTER_SEED = '002_2f9d3ff6f9b69754.txt';

describe('buildCommand', () => {
  const temp = tempFolder();
  const root = temp.path;
  beforeAll(() => {
    mkdirSync(join(root, 'mixed', 'nested'), { recursive: true });
    copyFileSync(join(SEEDS, DATED_SEED), join(root, 'mixed', DATED_SEED));
    copyFileSync(join(SEEDS, FRONT_MATTER_SEED), join(root, 'mixed', 'nested', FRONT_MATTER_SEED));
    writeFileSync(join(root, 'mixed', 'empty.txt'), '');
    writeFileSync(join(root, 'mixed', 'binary.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    writeFileSync(join(root, 'mixed', 'latin1.txt'), Buffer.from('Kyiv said it was caf\xe9 time.', 'latin1'));
    writeFileSync(join(root, 'mixed', 'feed.jsonl'), '{"id":"wire-1","text":"Rubio met Yermak in Geneva."}\n{"id":"wire-2",\n');
    symlinkSync('missing.txt', join(root, 'mixed', 'unreadable.txt'));
    mkdirSync(join(root, 'good'));
    copyFileSync(join(SEEDS, DATED_SEED), join(root, 'good', DATED_SEED));
    mkdirSync(join(root, 'bad'));
    writeFileSync(join(root, 'bad', 'empty.txt'), '');
    writeFileSync(join(root, 'blocked'), 'a file where the output folder should go');
    mkdirSync(join(root, 'dating'));
    writeFileSync(join(root, 'dating', 'dated.txt'), '12 May 2021\nPresident Joe Biden praised Japan.\n');
    writeFileSync(join(root, 'dating', 'front.md'), '---\ndate: 2020-01-31\n---\nThe talks went on.\n');
    writeFileSync(join(root, 'dating', 'undated.txt'), 'Chancellor Olaf Scholz met President Emmanuel Macron in Paris.\n');
  });
  afterAll(temp.remove);

  describe('on a folder of good and bad inputs', () => {
    let code: number;
    let stdout: string;
    let stderr: string;
    beforeAll(async () => {
      const run = fakeIo({ cwd: root });
      code = await buildCommand(['mixed', '--out', 'graph-out'], run.io);
      stdout = run.stdout();
      stderr = run.stderr();
    });

    it('exits with 2 because inputs were skipped', () => {
      expect(code).toBe(2);
    });

    it('writes graph.json, graph.graphml, graph.gexf and the explorer page graph.html', () => {
      for (const name of ['graph.json', 'graph.graphml', 'graph.gexf', 'graph.html']) {
        expect(readFileSync(join(root, 'graph-out', name), 'utf8').length).toBeGreaterThan(0);
      }
      expect(stdout).toContain('graph-out/graph.gexf, graph-out/graph.html');
    });

    it('lays the graph out once: every node has x and y, the same in graph.json, GraphML and GEXF', () => {
      const graph = SerializedGraphSchema.parse(JSON.parse(readFileSync(join(root, 'graph-out', 'graph.json'), 'utf8')));
      expect(graph.nodes.length).toBeGreaterThan(0);
      const [first] = graph.nodes;
      expect(graph.nodes.every(({ attributes }) => Number.isFinite(attributes.x) && Number.isFinite(attributes.y))).toBe(true);
      const gexf = readFileSync(join(root, 'graph-out', 'graph.gexf'), 'utf8');
      expect(gexf).toContain(`<viz:position x="${first?.attributes.x}" y="${first?.attributes.y}" z="0"/>`);
      const graphml = readFileSync(join(root, 'graph-out', 'graph.graphml'), 'utf8');
      expect(graphml).toMatch(/<key id="n\d+" for="node" attr.name="x" attr.type="(double|int)"\/>/);
    });

    it('writes a graph.json that is a valid newsgraph graph of every good document, with their metadata', () => {
      const graph = SerializedGraphSchema.parse(JSON.parse(readFileSync(join(root, 'graph-out', 'graph.json'), 'utf8')));
      expect(graph.attributes.documents).toEqual([
        { id: DATED_SEED, date: '2025-11-24', source: join('mixed', DATED_SEED) },
        { id: 'wire-1', source: join('mixed', 'feed.jsonl') },
        { id: 'latin1.txt', source: join('mixed', 'latin1.txt') },
        {
          id: `nested/${FRONT_MATTER_SEED}`,
          title: 'Breaking: US and Ukraine signal peace plan progress after Geneva talks',
          date: '2025-11-24T04:57:45',
          source: join('mixed', 'nested', FRONT_MATTER_SEED),
        },
      ]);
    });

    it('summarises the documents, entities and relations that are in graph.json', () => {
      const graph = SerializedGraphSchema.parse(JSON.parse(readFileSync(join(root, 'graph-out', 'graph.json'), 'utf8')));
      const evidence = graph.edges.reduce((sum, edge) => sum + edge.attributes.evidence.length, 0);
      expect(stdout).toContain('4 documents processed');
      expect(stdout).toMatch(new RegExp(`entities: +${graph.nodes.length}\\b`));
      expect(stdout).toContain(`relations: ${graph.edges.length} edge${graph.edges.length === 1 ? '' : 's'} from ${evidence} piece`);
      expect(stdout).toContain('graph-out/graph.json, graph-out/graph.graphml, graph-out/graph.gexf');
    });

    it.each([
      ['mixed/empty.txt', 'empty'],
      ['mixed/binary.md', 'binary'],
      ['mixed/unreadable.txt', 'cannot read'],
      ['mixed/feed.jsonl:2', 'not valid JSON'],
    ])('names the skipped input %s, why (%s) and the fix in the summary', (where, why) => {
      const line = stdout.split('\n').find((text) => text.trim().startsWith(`${where}:`));
      expect(line).toContain(why);
      expect(line).toMatch(/\. Fix: \S/);
    });

    it('counts the skipped inputs', () => {
      expect(stdout).toContain('skipped 4 inputs');
    });

    it('reads a file that is not UTF-8 as Windows-1252, and names it among the inputs read with a warning', () => {
      expect(stdout).toContain('  read 1 input with a warning:\n    mixed/latin1.txt:1: the text is not valid UTF-8');
    });

    it('shows progress on stderr as a line count when stderr is not a terminal', () => {
      expect(stderr).toBe('extracting documents 4/4\n');
    });
  });

  // Issue 7's check for documents as people write them: a headline line, a Windows-1252 byte, a stated criticism.
  describe('on a plain-text article with a headline, Windows-1252 bytes and a criticism', () => {
    const DECODED =
      'Labour backbencher rounds on Blair’s reform plan\n\nLabour MP Clive Soley criticised Tony Blair. The party’s treasurer said the row could cost £5m in donations.\n';
    let code: number;
    let stdout: string;
    let graph: ReturnType<typeof SerializedGraphSchema.parse>;
    beforeAll(async () => {
      mkdirSync(join(root, 'labour'));
      writeFileSync(join(root, 'labour', 'soley.txt'), Buffer.from(DECODED.replace(/’/g, '\x92').replace('£', '\xa3'), 'latin1'));
      const run = fakeIo({ cwd: root });
      code = await buildCommand(['labour', '--out', 'labour-out'], run.io);
      stdout = run.stdout();
      graph = SerializedGraphSchema.parse(JSON.parse(readFileSync(join(root, 'labour-out', 'graph.json'), 'utf8')));
    });

    it('builds a titled document, skipping nothing, and exits with 0', () => {
      expect(code).toBe(0);
      expect(stdout).toContain('1 document processed');
      expect(stdout).not.toContain('skipped');
      expect(graph.attributes.documents).toEqual([
        { id: 'soley.txt', title: 'Labour backbencher rounds on Blair’s reform plan', source: join('labour', 'soley.txt') },
      ]);
    });

    it('warns that the file was read as Windows-1252', () => {
      expect(stdout).toContain('  read 1 input with a warning:\n    labour/soley.txt:1: the text is not valid UTF-8 (first bad byte at offset 34), so it was read as Windows-1252. Fix: ');
    });

    it('reads the text decoded, with the curly quotes and the pound sign', async () => {
      const { documents, problems } = await readInputs(['labour'], { cwd: root });
      expect(problems).toEqual([]);
      expect(documents.map(({ text }) => text)).toEqual([DECODED]);
    });

    it('finds that Clive Soley criticized Tony Blair, with evidence offsets into the decoded text', () => {
      const edge = graph.edges.find(({ key }) => key === 'person:clive-soley|CRITICIZED|person:tony-blair');
      expect(edge?.attributes.evidence.map(({ doc, sentence, start, end }) => [doc, sentence, DECODED.slice(start, end)])).toEqual([
        ['soley.txt', 'Labour MP Clive Soley criticised Tony Blair.', 'Labour MP Clive Soley criticised Tony Blair.'],
      ]);
    });

    it('finds that Clive Soley is a member of a Labour party, which the article does not place in a country', () => {
      expect(graph.edges.filter(({ attributes }) => attributes.type === 'MEMBER_OF').map(({ key }) => key)).toEqual([
        'person:clive-soley|MEMBER_OF|organization:labour-party',
      ]);
    });
  });

  it('exits with 0 and reports nothing skipped when every input is good', async () => {
    const run = fakeIo({ cwd: root });
    expect(await buildCommand(['good', '--out', 'good-out'], run.io)).toBe(0);
    expect(run.stdout()).toContain('1 document processed');
    expect(run.stdout()).not.toContain('skipped');
    expect(existsSync(join(root, 'good-out', 'graph.gexf'))).toBe(true);
  });

  it('writes into ./out when no --out is given', async () => {
    const run = fakeIo({ cwd: join(root, 'good') });
    expect(await buildCommand(['.'], run.io)).toBe(0);
    expect(existsSync(join(root, 'good', 'out', 'graph.json'))).toBe(true);
  });

  it('draws a progress bar on a terminal', async () => {
    const run = fakeIo({ cwd: root, isTTY: true });
    await buildCommand(['good', '--out', 'tty-out'], run.io);
    // Frames within the document (0/1, as far as it is read) may come before the last.
    const frames = run.stderr().split('\r').filter(Boolean);
    expect(frames.slice(0, -1).every((frame) => /^extracting documents \[[#-]{30}\] 0\/1 \d+%$/.test(frame))).toBe(true);
    expect(frames[frames.length - 1]).toBe(`extracting documents [${'#'.repeat(30)}] 1/1 100%\n`);
  });

  it('writes the same files with two extraction workers as with one, byte for byte, with progress', async () => {
    const cwd = join(SEEDS, '..');
    const one = fakeIo({ cwd });
    const two = fakeIo({ cwd, cores: 2 });
    expect(await buildCommand(['seeds', '--out', join(root, 'one-worker'), '--workers', '1'], one.io)).toBe(0);
    expect(await buildCommand(['seeds', '--out', join(root, 'two-workers'), '--workers', '2'], two.io)).toBe(0);
    for (const name of ['graph.json', 'graph.graphml', 'graph.gexf', 'graph.html']) {
      expect(readFileSync(join(root, 'two-workers', name), 'utf8')).toBe(readFileSync(join(root, 'one-worker', name), 'utf8'));
    }
    expect(two.stderr()).toBe(one.stderr());
    expect(two.stderr()).toMatch(/^extracting documents (\d+)\/\1\n$/);
  }, 60_000);

  it('exits with 1 and writes nothing when no input is readable', async () => {
    const run = fakeIo({ cwd: root });
    expect(await buildCommand(['bad', 'nothing-here', '--out', 'bad-out'], run.io)).toBe(1);
    expect(run.stderr()).toContain('bad/empty.txt: the file is empty');
    expect(run.stderr()).toContain('nothing-here: cannot read it');
    expect(run.stderr()).toContain('nothing to build');
    expect(existsSync(join(root, 'bad-out'))).toBe(false);
  });

  it('fails with an error naming the fix when the output folder cannot be created', async () => {
    await expect(buildCommand(['good', '--out', 'blocked/out'], fakeIo({ cwd: root }).io)).rejects.toThrow(
      expect.objectContaining({ code: 'NG_OUTPUT_UNWRITABLE', message: expect.stringContaining('choose another --out folder') }),
    );
  });

  it('dates the documents that state no date with --date, and keeps the dates documents state', async () => {
    const run = fakeIo({ cwd: root });
    expect(await buildCommand(['dating', '--out', 'dated-out', '--date', '2024-03-12'], run.io)).toBe(0);
    const graph = SerializedGraphSchema.parse(JSON.parse(readFileSync(join(root, 'dated-out', 'graph.json'), 'utf8')));
    expect(graph.attributes.documents.map(({ id, date }) => [id, date])).toEqual([
      ['dated.txt', '2021-05-12'],
      ['front.md', '2020-01-31'],
      ['undated.txt', '2024-03-12'],
    ]);
    expect(graph.edges.map(({ attributes }) => [attributes.type, attributes.evidence.map(({ doc, date }) => [doc, date])])).toEqual([
      ['PRAISED', [['dated.txt', '2021-05-12']]],
      ['MET_WITH', [['undated.txt', '2024-03-12']]],
    ]);
  });

  it.each([
    [['good', '--outdir', 'x'], 'unknown option --outdir'],
    [['--out', 'x'], 'give at least one file or folder'],
    [['good', '--date', '12/03/2024'], '--date: expected a date as YYYY-MM-DD, e.g. --date 2025-11-24'],
    [['good', '--date', '2024-02-30'], '--date: no such day; expected a date as YYYY-MM-DD'],
    [['good', '--date'], 'option --date <value> needs a value'],
    [['good', '--workers', '0'], '--workers: give at least 1'],
    [['good', '--workers', 'all'], '--workers: give a whole number of extraction threads'],
  ])('rejects the arguments %j with a usage error', async (args, message) => {
    await expect(buildCommand(args, fakeIo({ cwd: root }).io)).rejects.toThrow(
      expect.objectContaining({ code: 'NG_USAGE', message: expect.stringContaining(message) }),
    );
  });

  it('prints its help for --help', async () => {
    const run = fakeIo({ cwd: root });
    expect(await buildCommand(['--help'], run.io)).toBe(0);
    expect(run.stdout()).toContain('Usage: newsgraph build <files or folders...> [--out <dir>]');
  });
});
