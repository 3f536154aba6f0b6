import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCommand } from '../../src/cli/exportCommand';
import { UsageError } from '../../src/cli/UsageError';
import { buildGraph } from '../../src/graph/buildGraph';
import { sampleExtractions, FIRST_ARTICLES } from '../loader/fixtures/sampleExtractions';
import { fakeIo, tempFolder } from './fakeIo';

describe('exportCommand', () => {
  const temp = tempFolder();
  beforeAll(() => writeFileSync(join(temp.path, 'graph.json'), JSON.stringify(buildGraph(sampleExtractions('t', FIRST_ARTICLES)).export())));
  afterAll(temp.remove);

  it('writes the CSVs and the manifest neo4j:import reads, and says how to import them', async () => {
    const run = fakeIo({ cwd: temp.path });
    expect(await exportCommand(['graph.json', '--format', 'neo4j-admin', '--out', 'import'], run.io)).toBe(0);
    expect(run.stdout()).toBe(
      'Wrote documents.csv, entities.csv, mentions.csv, relations.csv, neo4j-admin-import.json to import; import them with: npm run neo4j:import -- import\n',
    );
    expect(JSON.parse(readFileSync(join(temp.path, 'import', 'neo4j-admin-import.json'), 'utf8'))).toEqual({
      nodes: ['documents.csv', 'entities.csv'],
      relationships: ['mentions.csv', 'relations.csv'],
      arrayDelimiter: 'U+001F',
      multilineFields: false,
    });
    expect(readFileSync(join(temp.path, 'import', 'documents.csv'), 'utf8')).toMatch(/^id:ID\(Document\),:LABEL,title,date,source,contentHash\n"t\/000\.txt","Document",/);
  });

  it.each([
    [['graph.json', '--out', 'x'], /--format: give --format neo4j-admin/],
    [['graph.json', '--format', 'csv', '--out', 'x'], /--format: give --format neo4j-admin/],
    [['--format', 'neo4j-admin', '--out', 'x'], /give one graph\.json/],
  ])('refuses %j with a usage error', async (args, message) => {
    await expect(exportCommand(args, fakeIo({ cwd: temp.path }).io)).rejects.toThrow(UsageError);
    await expect(exportCommand(args, fakeIo({ cwd: temp.path }).io)).rejects.toThrow(message);
  });

  it('refuses a file that is not a graph, naming it', async () => {
    writeFileSync(join(temp.path, 'package.json'), '{"name": "x"}');
    await expect(exportCommand(['package.json', '--format', 'neo4j-admin', '--out', 'x'], fakeIo({ cwd: temp.path }).io)).rejects.toThrow(/^package\.json is not a graph newsgraph built/);
  });
});
