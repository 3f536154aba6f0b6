import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { fakeIo, tempFolder } from './fakeIo';

const REPO = join(__dirname, '..', '..');
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

describe('main', () => {
  const temp = tempFolder();
  beforeAll(() => writeFileSync(join(temp.path, 'a.txt'), 'Rubio met Yermak in Geneva.'));
  afterAll(temp.remove);

  it.each([['--version'], ['-v']])('prints the package version for %s', async (flag) => {
    const run = fakeIo({ cwd: temp.path });
    expect(await main([flag], run.io)).toBe(0);
    expect(run.stdout()).toBe(`${VERSION}\n`);
  });

  it.each([['--help'], ['-h'], ['help']])('prints the usage of every command for %s', async (flag) => {
    const run = fakeIo({ cwd: temp.path });
    expect(await main([flag], run.io)).toBe(0);
    expect(run.stdout()).toContain('newsgraph build <files or folders...> [--out <dir>]');
    expect(run.stdout()).toContain('newsgraph extract <files...> [--jsonl <file or ->]');
    expect(run.stdout()).toContain('newsgraph load --from <graph.json> | <files...>');
    expect(run.stdout()).toContain('newsgraph explore <graph.json> [--out <file.html>]');
    expect(run.stdout()).toContain('newsgraph show <graph.json> [--entity <name>]');
  });

  it('prints the usage on stderr and exits with 1 without a command', async () => {
    const run = fakeIo({ cwd: temp.path });
    expect(await main([], run.io)).toBe(1);
    expect(run.stdout()).toBe('');
    expect(run.stderr()).toContain('Usage:');
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate" (commands: build, extract, merge, load, unload, export, explore, show, parse)'],
    [['--bogus'], 'unknown option --bogus'],
    [['toString'], 'unknown command "toString"'],
    [['build', 'a.txt', '--bogus'], 'unknown option --bogus. Run `newsgraph build --help` for usage'],
    [['extract'], 'give files or folders to read'],
  ])('reports the usage error in %j on stderr and exits with 1', async (argv, message) => {
    const run = fakeIo({ cwd: temp.path });
    expect(await main(argv, run.io)).toBe(1);
    expect(run.stderr()).toContain(`newsgraph: ${message}`);
  });

  it('dispatches build and extract', async () => {
    const build = fakeIo({ cwd: temp.path });
    expect(await main(['build', 'a.txt', '--out', 'out'], build.io)).toBe(0);
    expect(existsSync(join(temp.path, 'out', 'graph.json'))).toBe(true);
    const extract = fakeIo({ cwd: temp.path });
    expect(await main(['extract', 'a.txt'], extract.io)).toBe(0);
    expect(JSON.parse(extract.stdout())).toMatchObject({ id: 'a.txt' });
  });

  it('dispatches load', async () => {
    const run = fakeIo({ cwd: temp.path });
    expect(await main(['load', '--help'], run.io)).toBe(0);
    expect(run.stdout()).toContain('newsgraph load');
  });

  it.each([['explore'], ['show']])('dispatches %s', async (command) => {
    const run = fakeIo({ cwd: temp.path });
    expect(await main([command, '--help'], run.io)).toBe(0);
    expect(run.stdout()).toContain(`Usage: newsgraph ${command} <graph.json>`);
  });

  it('reports an output folder that cannot be written on stderr and exits with 1', async () => {
    writeFileSync(join(temp.path, 'file'), '');
    const run = fakeIo({ cwd: temp.path });
    expect(await main(['build', 'a.txt', '--out', 'file/out'], run.io)).toBe(1);
    expect(run.stderr()).toMatch(/^newsgraph: cannot write .*file\/out .*Fix: /m);
  });
});

describe('bin/newsgraph.js (runs the build made by `npm ci` / `npm run build`)', () => {
  it('runs main with the process arguments and exits with its code', () => {
    const version = spawnSync(process.execPath, [join(REPO, 'bin', 'newsgraph.js'), '--version'], { encoding: 'utf8' });
    expect([version.status, version.stdout]).toEqual([0, `${VERSION}\n`]);
    const usage = spawnSync(process.execPath, [join(REPO, 'bin', 'newsgraph.js'), 'build'], { encoding: 'utf8' });
    expect(usage.status).toBe(1);
    expect(usage.stderr).toContain('give at least one file or folder');
  });
});
