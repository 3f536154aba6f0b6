import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../src/graph/buildGraph';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { type LoadProgress, loadBatches } from '../../src/loader/loadBatches';
import { parseCypherFile } from '../../src/loader/parseCypherFile';
import { batchParameters } from '../../src/loader/batchParameters';
import { type LoadBatch, planLoad } from '../../src/loader/planLoad';
import { FIRST_ARTICLES, sampleExtractions } from './fixtures/sampleExtractions';

const statements = parseCypherFile(readFileSync(join(__dirname, '../../cypher/load.cypher'), 'utf8'), 'load.cypher');
const graph = buildGraph(sampleExtractions('t', FIRST_ARTICLES)).export() as SerializedGraph;
const batches = planLoad(graph, statements, 2);
const EARLIER: Record<LoadBatch['phase'], LoadBatch['phase'][]> = { documents: [], entities: ['documents'], relations: ['documents', 'entities'] };

describe('loadBatches', () => {
  it('writes each batch once, in order, with its rows as $rows or its columns as the parameters', async () => {
    const written: { cypher: string; parameters: Record<string, unknown> }[] = [];
    await loadBatches(batches, async (cypher, parameters) => {
      written.push({ cypher, parameters });
      return { nodesCreated: 0, relationshipsCreated: 0 };
    });
    expect(written).toEqual(batches.map((batch) => ({ cypher: batch.cypher, parameters: batchParameters(batch) })));
  });

  it('tallies created from the counters and matched as the rest, MENTIONED_IN apart from relations', async () => {
    // As if the database already held everything but one entity and its two MENTIONED_IN links.
    const summary = await loadBatches(batches, async (cypher, { rows }) =>
      cypher.includes('MERGE (entity:Entity') && (rows as { id: string }[]).some((row) => row.id === 'person:t-donald-trump')
        ? { nodesCreated: 1, relationshipsCreated: 2 }
        : { nodesCreated: 0, relationshipsCreated: 0 },
    );
    const mentionLinks = graph.nodes.reduce((total, node) => total + node.attributes.documents.length, 0);
    expect(summary).toEqual({
      batches: batches.length,
      documents: { rows: 2, created: 0 },
      entities: { rows: graph.nodes.length, created: 1 },
      mentions: { rows: mentionLinks, created: 2 },
      relations: { rows: graph.edges.length, created: 0 },
      replaced: 0,
    });
  });

  it('reports progress after every batch', async () => {
    const progress: LoadProgress[] = [];
    await loadBatches(batches, async () => ({ nodesCreated: 0, relationshipsCreated: 0 }), (report) => progress.push(report));
    expect(progress).toEqual(batches.map((batch, index) => ({ done: index + 1, total: batches.length, phase: batch.phase })));
  });

  it('stops at the first failed batch and passes its error on', async () => {
    let calls = 0;
    const failing = loadBatches(batches, async () => {
      calls += 1;
      if (calls === 3) throw new Error('connection lost');
      return { nodesCreated: 0, relationshipsCreated: 0 };
    });
    await expect(failing).rejects.toThrow('connection lost');
    expect(calls).toBe(3);
  });

  it.each([1, 2, 3])('runs at most %i transactions at once and starts a phase only when the one before has finished', async (concurrency) => {
    let running = 0;
    let most = 0;
    const finished: LoadBatch['phase'][] = [];
    const phaseOf = new Map(batches.map((batch) => [batch.cypher, batch.phase]));
    const summary = await loadBatches(
      batches,
      async (cypher) => {
        const phase = phaseOf.get(cypher) ?? 'documents';
        // A batch may start only when every batch of the earlier phases has finished.
        const earlier = EARLIER[phase];
        const expectedBefore = batches.filter((batch) => earlier.includes(batch.phase)).length;
        expect(finished.filter((done) => earlier.includes(done))).toHaveLength(expectedBefore);
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 2));
        running -= 1;
        finished.push(phase);
        return { nodesCreated: 0, relationshipsCreated: 0 };
      },
      () => undefined,
      concurrency,
    );
    expect(summary.batches).toBe(batches.length);
    expect(most).toBe(concurrency);
  });

  it('lets the running transactions finish but starts no new one after a failure', async () => {
    let started = 0;
    let settled = 0;
    // One document per batch: two batches in the first phase.
    const failing = loadBatches(
      planLoad(graph, statements, 1),
      async () => {
        started += 1;
        const mine = started;
        await new Promise((resolve) => setTimeout(resolve, mine === 1 ? 1 : 5));
        settled += 1;
        if (mine === 1) throw new Error('deadlock retries exhausted');
        return { nodesCreated: 0, relationshipsCreated: 0 };
      },
      () => undefined,
      2,
    );
    await expect(failing).rejects.toThrow('deadlock retries exhausted');
    expect(started).toBe(2);
    expect(settled).toBe(2);
  });
});
