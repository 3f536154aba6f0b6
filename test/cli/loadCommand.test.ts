import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphFileError } from '../../src/cli/GraphFileError';
import { loadCommand } from '../../src/cli/loadCommand';
import { UsageError } from '../../src/cli/UsageError';
import { LoaderError } from '../../src/loader/LoaderError';
import { fakeIo, tempFolder } from './fakeIo';

// Everything here fails before any connection; loading into a real server is test/integration/loadCommand.test.ts.
describe('loadCommand', () => {
  const temp = tempFolder();
  beforeAll(() => {
    writeFileSync(join(temp.path, 'broken.json'), '{"nodes": [');
    writeFileSync(join(temp.path, 'other.json'), JSON.stringify({ nodes: 'none' }));
  });
  afterAll(temp.remove);

  it('prints its usage for --help', async () => {
    const run = fakeIo({ cwd: temp.path });
    expect(await loadCommand(['--help'], run.io)).toBe(0);
    expect(run.stdout()).toContain('Usage: newsgraph load --from <graph.json> [options]');
    expect(run.stdout()).toContain('env NEO4J_URI');
  });

  it.each([
    [[], /give --from out\/graph.json, or article files or folders to load/],
    [['--from', 'out/graph.json', 'seeds'], /give either --from <graph.json> or articles, not both/],
    [['--from', 'g.json', '--batch-size', 'many'], /--batch-size: give a whole number of rows per transaction/],
    [['--from', 'g.json', '--batch-size', '0'], /--batch-size: give between 1 and 100000 rows per transaction/],
    [['--from', 'g.json', '--concurrency', '0'], /--concurrency: give between 1 and 8 transactions at once/],
    [['--from', 'g.json', '--port', '7687'], /unknown option --port/],
  ])('refuses %j with a usage error', async (args, message) => {
    const run = fakeIo({ cwd: temp.path });
    await expect(loadCommand(args, run.io)).rejects.toThrow(UsageError);
    await expect(loadCommand(args, run.io)).rejects.toThrow(message);
  });

  it.each([
    [{ NEO4J_URI: 'http://127.0.0.1:7474' }, [], /invalid Neo4j uri "http:\/\/127\.0\.0\.1:7474" \(from NEO4J_URI\).*check --uri or NEO4J_URI/],
    [{}, ['--uri', 'localhost:7687'], /invalid Neo4j uri "localhost:7687" \(from --uri\)/],
  ])('refuses an invalid URI (%j %j), echoing it and naming the variable and the flag', async (env, flags, message) => {
    const run = fakeIo({ cwd: temp.path });
    const io = { ...run.io, env };
    await expect(loadCommand(['--from', 'other.json', ...flags], io)).rejects.toThrow(expect.objectContaining({ code: 'NG_LOAD_OPTIONS_INVALID' }));
    await expect(loadCommand(['--from', 'other.json', ...flags], io)).rejects.toThrow(message);
  });

  it.each([
    ['a missing file', 'missing.json', /missing\.json: cannot be read \(no such file\)/],
    ['a file that is not JSON', 'broken.json', /broken\.json: is not JSON/],
  ])('refuses %s, saying how to make one', async (_case, file, message) => {
    const run = fakeIo({ cwd: temp.path });
    await expect(loadCommand(['--from', file], run.io)).rejects.toThrow(GraphFileError);
    await expect(loadCommand(['--from', file], run.io)).rejects.toThrow(message);
    await expect(loadCommand(['--from', file], run.io)).rejects.toThrow(/newsgraph build <articles> --out out/);
  });

  it('refuses JSON that is not a newsgraph graph before connecting', async () => {
    const run = fakeIo({ cwd: temp.path });
    // Nothing listens on port 1: reaching the server would be a different error.
    const io = { ...run.io, env: { NEO4J_URI: 'bolt://127.0.0.1:1' } };
    await expect(loadCommand(['--from', 'other.json'], io)).rejects.toThrow(LoaderError);
    await expect(loadCommand(['--from', 'other.json'], io)).rejects.toThrow(/^other\.json is not a graph newsgraph built: /);
  });

  it('checks the server before extracting any article', async () => {
    writeFileSync(join(temp.path, 'article.txt'), 'Ruritanian President Zorblat Quennik visited Strelsau on Monday.\n');
    const run = fakeIo({ cwd: temp.path });
    const io = { ...run.io, env: { NEO4J_URI: 'bolt://127.0.0.1:1' } };
    await expect(loadCommand(['article.txt'], io)).rejects.toThrow(expect.objectContaining({ code: 'NG_NEO4J_UNAVAILABLE' }));
    expect(run.stderr()).not.toContain('extracting documents');
  });
});
