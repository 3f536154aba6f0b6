import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exploreCommand } from '../../src/cli/exploreCommand';
import { layoutGraph } from '../../src/explorer/layoutGraph';
import { toGraphJson } from '../../src/exporters/toGraphJson';
import { sampleGraph } from '../exporters/sampleGraph';
import { fakeIo, tempFolder } from './fakeIo';

function embeddedData(html: string): { strings: string[]; nodes: [number, number, number, number, number, number][] } {
  const json = /<script type="application\/json" id="newsgraph-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error('no data in the page');
  return JSON.parse(json) as ReturnType<typeof embeddedData>;
}

describe('exploreCommand', () => {
  const temp = tempFolder();
  beforeAll(() => {
    writeFileSync(join(temp.path, 'graph.json'), toGraphJson(layoutGraph(sampleGraph())));
    writeFileSync(join(temp.path, 'unlaid.json'), toGraphJson(sampleGraph()));
  });
  afterAll(temp.remove);

  it('writes the page beside the graph, with the graph and the explorer script inlined', async () => {
    const run = fakeIo({ cwd: temp.path });
    expect(await exploreCommand(['graph.json'], run.io)).toBe(0);
    expect(run.stdout()).toMatch(/^newsgraph explore: wrote graph\.html \(\d+ kB, 5 entities, 3 relations\); open it in a browser\n$/);
    const html = readFileSync(join(temp.path, 'graph.html'), 'utf8');
    expect(embeddedData(html).strings).toContain('Marco Rubio');
    expect(html).toContain('data-ready');
    // The bundle is there: sigma's renderer and the page's own search.
    expect(html.length).toBeGreaterThan(100_000);
  });

  it('keeps the positions of a laid-out graph', async () => {
    const run = fakeIo({ cwd: temp.path });
    await exploreCommand(['graph.json', '--out', 'kept.html'], run.io);
    const graph = JSON.parse(readFileSync(join(temp.path, 'graph.json'), 'utf8')) as { nodes: { attributes: { x: number; y: number } }[] };
    const data = embeddedData(readFileSync(join(temp.path, 'kept.html'), 'utf8'));
    expect(data.nodes.map((node) => [node[4], node[5]])).toEqual(graph.nodes.map(({ attributes }) => [attributes.x, attributes.y]));
  });

  it('lays out a graph written without positions', async () => {
    const run = fakeIo({ cwd: temp.path });
    expect(await exploreCommand(['unlaid.json', '-o', 'laid.html'], run.io)).toBe(0);
    expect(run.stdout()).toContain('laid out now');
    const data = embeddedData(readFileSync(join(temp.path, 'laid.html'), 'utf8'));
    expect(new Set(data.nodes.map((node) => `${node[4]},${node[5]}`)).size).toBe(data.nodes.length);
  });

  it('reports a page that cannot be written', async () => {
    const run = fakeIo({ cwd: temp.path });
    await expect(exploreCommand(['graph.json', '--out', 'missing/folder/graph.html'], run.io)).rejects.toThrow(
      /cannot write missing\/folder\/graph\.html \(ENOENT\)\. Fix: /,
    );
  });
});
