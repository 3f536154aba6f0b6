import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractionPool } from '../../src/cli/createExtractionPool';
import type { ExtractionResult } from '../../src/cli/ExtractionPool';
import { extractSafely } from '../../src/cli/extractSafely';
import type { Document } from '../../src/document/DocumentSchema';
import { lexiconFromRuleFile } from '../../src/relations/lexiconFromRuleFile';

// The workers run the compiled dist/cli/extractionWorker.js (ts-jest cannot start a .ts worker), as the CLI does:
// `npm run build` first, or these compare this source with an older build.
const SEEDS = join(__dirname, '..', '..', 'seeds');
const seeds: Document[] = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ id: name, text: readFileSync(join(SEEDS, name), 'utf8'), date: '2025-11-24' }));

async function extractAll(documents: readonly Document[], pool: ReturnType<typeof createExtractionPool>): Promise<ExtractionResult[]> {
  try {
    return await Promise.all(documents.map((document) => pool.extract(document)));
  } finally {
    await pool.close();
  }
}

describe('createExtractionPool', () => {
  it('extracts on two worker threads exactly what this thread extracts, each result to its own document', async () => {
    const results = await extractAll(seeds, createExtractionPool({ workers: 2 }));
    expect(results).toEqual(seeds.map((document) => extractSafely(document)));
  }, 60_000);

  it('extracts in this thread with one worker', async () => {
    const pool = createExtractionPool({ workers: 1 });
    expect(pool.capacity).toBe(1);
    expect(await extractAll(seeds.slice(0, 1), pool)).toEqual([extractSafely(seeds[0] as Document)]);
  });

  it('gives the workers the --rules file, which they compile for themselves', async () => {
    const json = JSON.stringify({ triggers: [{ id: 'skewer', type: 'CRITICIZED', reason: 'newsroom slang', verbs: ['skewer'] }] });
    const rules = { json, source: 'rules.json', lexicon: lexiconFromRuleFile(json, 'rules.json') };
    const [result] = await extractAll([{ id: 'a', text: 'Canada skewered Norway on Monday.\n' }], createExtractionPool({ workers: 2, rules }));
    expect(result && 'extraction' in result ? result.extraction.relations.map((relation) => relation.evidence.rule) : result).toEqual(['verb-active:skewer']);
  }, 60_000);

  it('takes no document once closed', async () => {
    const pool = createExtractionPool({ workers: 2 });
    await pool.close();
    await expect(pool.extract(seeds[0] as Document)).rejects.toMatchObject({ code: 'NG_WORKER_FAILED' });
  });
});
