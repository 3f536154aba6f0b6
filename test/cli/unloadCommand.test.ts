import { unloadCommand } from '../../src/cli/unloadCommand';
import { UsageError } from '../../src/cli/UsageError';
import { fakeIo, tempFolder } from './fakeIo';

// Everything here fails before any connection; unloading from a real server is test/integration/unload.test.ts.
describe('unloadCommand', () => {
  const temp = tempFolder();
  afterAll(temp.remove);

  it('prints its usage for --help', async () => {
    const run = fakeIo({ cwd: temp.path });
    expect(await unloadCommand(['--help'], run.io)).toBe(0);
    expect(run.stdout()).toContain('Usage: newsgraph unload --doc <id> [--doc <id>...] [options]');
  });

  it.each([
    [[], /give the documents to remove with --doc <id> \(repeatable\), or --all/],
    [['--all', '--doc', 'a.txt'], /give either --doc <id> or --all, not both/],
    [['a.txt'], /give document ids with --doc/],
    [['--doc', ' '], /--doc: give a document id/],
  ])('refuses %j with a usage error', async (args, message) => {
    const run = fakeIo({ cwd: temp.path });
    await expect(unloadCommand(args, run.io)).rejects.toThrow(UsageError);
    await expect(unloadCommand(args, run.io)).rejects.toThrow(message);
  });

  it('refuses an invalid URI before connecting, echoing it', async () => {
    const run = fakeIo({ cwd: temp.path });
    await expect(unloadCommand(['--all', '--uri', 'http://db'], run.io)).rejects.toThrow(/invalid Neo4j uri "http:\/\/db" \(from --uri\)/);
  });
});
