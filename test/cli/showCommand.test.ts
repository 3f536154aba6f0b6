import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphFileError } from '../../src/cli/GraphFileError';
import { GraphInvalidError } from '../../src/cli/GraphInvalidError';
import { buildCommand } from '../../src/cli/buildCommand';
import { showCommand } from '../../src/cli/showCommand';
import { UnknownEntityError } from '../../src/cli/UnknownEntityError';
import { toGraphJson } from '../../src/exporters/toGraphJson';
import { sampleGraph } from '../exporters/sampleGraph';
import { fakeIo, tempFolder } from './fakeIo';

describe('showCommand', () => {
  const temp = tempFolder();
  beforeAll(() => {
    writeFileSync(join(temp.path, 'graph.json'), toGraphJson(sampleGraph()));
    writeFileSync(join(temp.path, 'broken.json'), '{"nodes": [');
    writeFileSync(join(temp.path, 'other.json'), '{"name": "not a graph"}');
    const graph = JSON.parse(toGraphJson(sampleGraph())) as { edges: { target: string }[] };
    graph.edges[0]!.target = 'country:atlantis';
    writeFileSync(join(temp.path, 'dangling.json'), JSON.stringify(graph));
  });
  afterAll(temp.remove);

  const show = async (...args: string[]) => {
    const run = fakeIo({ cwd: temp.path });
    const code = await showCommand(args, run.io);
    return { code, stdout: run.stdout() };
  };

  it('prints the counts, top entities and strongest edges of a graph', async () => {
    const { code, stdout } = await show('graph.json');
    expect(code).toBe(0);
    expect(stdout).toContain('newsgraph: 2 documents, 5 entities, 3 relations from 4 evidence sentences');
    expect(stdout).toContain('  2  United States CRITICIZED Ukraine');
  });

  it('prints an entity found by alias, in any case, with its relations and their evidence', async () => {
    const { code, stdout } = await show('graph.json', '--entity', 'secretary RUBIO');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Marco Rubio \(Person, person:marco-rubio\)\n/);
    expect(stdout).toContain('HOLDS_ROLE\n  Marco Rubio → United States (Country), 1 sentence\n    office: Secretary of State (1 sentence)\n');
    expect(stdout).toContain('    “US Secretary of State Marco Rubio said so.”\n');
  });

  it('prints the seeds\' Marco Rubio with the delegation he led and the sentence that says so', async () => {
    const build = fakeIo({ cwd: temp.path });
    expect(await buildCommand([join(__dirname, '..', '..', 'seeds'), '--out', 'seeds-out'], build.io)).toBe(0);
    const { stdout } = await show(join('seeds-out', 'graph.json'), '--entity', 'Marco Rubio');
    expect(stdout).toContain(
      'LEADS_DELEGATION\n  Marco Rubio → United States (Country), 1 sentence\n' +
        '    “United States Secretary of State Marco Rubio, who led the American delegation, told reporters',
    );
  }, 60_000);

  it('prints JSON for scripts', async () => {
    const summary = JSON.parse((await show('graph.json', '--json', '--top', '1')).stdout) as { topByMentions: { name: string }[] };
    expect(summary.topByMentions.map(({ name }) => name)).toEqual(['Marco Rubio']);
    const entity = JSON.parse((await show('graph.json', '--json', '-e', 'Ukraine')).stdout) as { id: string; relations: unknown[] };
    expect([entity.id, entity.relations.length]).toEqual(['country:ukraine', 2]);
  });

  it('suggests close names for an unknown entity', async () => {
    await expect(show('graph.json', '--entity', 'Ukrane')).rejects.toThrow(UnknownEntityError);
    await expect(show('graph.json', '--entity', 'Ukrane')).rejects.toThrow('graph.json has no entity named "Ukrane". Fix: did you mean "Ukraine"?');
    await expect(show('graph.json', '--entity', 'Atlantis')).rejects.toThrow('Fix: run `newsgraph show graph.json` to list the entities');
  });

  it.each([
    ['missing.json', GraphFileError, 'missing.json: cannot be read (no such file). Fix: '],
    ['broken.json', GraphFileError, 'broken.json: is not JSON'],
    ['other.json', GraphInvalidError, 'other.json is not a newsgraph graph (options: '],
    ['dangling.json', GraphInvalidError, 'dangling.json is not a newsgraph graph ('],
  ])('refuses %s with a coded error that names the fix', async (file, type, message) => {
    const failure = show(file);
    await expect(failure).rejects.toThrow(type);
    await expect(show(file)).rejects.toThrow(message);
  });

  it.each([[[]], [['a.json', 'b.json']], [['graph.json', '--top', '0']]])('refuses the arguments %j', async (args) => {
    await expect(show(...args)).rejects.toThrow(/Run `newsgraph show --help` for usage/);
  });
});
