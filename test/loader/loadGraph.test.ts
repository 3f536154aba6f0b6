import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../src/graph/buildGraph';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { loadGraph } from '../../src/loader/loadGraph';
import type { CypherRunner } from '../../src/loader/Neo4jClient';
import { parseCypherFile } from '../../src/loader/parseCypherFile';
import { FIRST_ARTICLES, sampleExtractions } from './fixtures/sampleExtractions';

const read = (file: string) => parseCypherFile(readFileSync(join(__dirname, '../../cypher', file), 'utf8'), file);
const statements = { schema: read('schema.cypher'), load: read('load.cypher'), unload: read('unload.cypher'), maintenance: read('maintenance.cypher') };

// What the database ends up holding is covered by test/integration/loadGraph.test.ts; here, what happens before.
const untouchable: CypherRunner = {
  read: () => Promise.reject(new Error('the database must not be queried')),
  write: () => Promise.reject(new Error('the database must not be written')),
  run: () => Promise.reject(new Error('the database must not be changed')),
};

describe('loadGraph', () => {
  it('refuses a graph whose edge points outside it before touching the database', async () => {
    const graph = buildGraph(sampleExtractions('t', FIRST_ARTICLES)).export() as SerializedGraph;
    const dangling = { ...graph, nodes: graph.nodes.filter((node) => node.key !== 'person:t-donald-trump') };
    const load = loadGraph(untouchable, dangling, statements, { batchSize: 10, uri: 'bolt://db' });
    await expect(load).rejects.toThrow(expect.objectContaining({ code: 'NG_LOAD_INPUT_INVALID' }));
    await expect(load).rejects.toThrow(/points at person:t-donald-trump/);
  });
});
