// The sample articles of seeds/ built into the graph `newsgraph build seeds` makes and loaded as `newsgraph load`
// loads it, with their real ids (`person:marco-rubio`, `000_6a94b3b6f5c6f10a.txt`). Shared by seeds.test.ts and
// browser.test.ts, which remove exactly those ids before and after, so they never meet the other files' namespaces.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentExtraction } from '../../src/pipeline/DocumentExtractionSchema';
import { parseArticle } from '../../src/document/parseArticle';
import { buildGraph } from '../../src/graph/buildGraph';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { loadGraph } from '../../src/loader/loadGraph';
import type { LoadSummary } from '../../src/loader/loadBatches';
import type { Neo4jClient } from '../../src/loader/Neo4jClient';
import { parseSerializedGraph } from '../../src/loader/parseSerializedGraph';
import { extractDocument } from '../../src/pipeline/extractDocument';
import { resolveCorpus } from '../../src/pipeline/resolveCorpus';
import { CONNECTION, STATEMENTS, clearMatching, exactIdsPattern } from './loadSupport';

const SEEDS = join(__dirname, '..', '..', 'seeds');

/** The seed articles' file names in order (`000_...txt` to `004_...txt`). */
export const SEED_FILES: readonly string[] = readdirSync(SEEDS)
  .filter((file) => file.endsWith('.txt'))
  .sort();

/** The text of one seed article exactly as read (evidence offsets point into it). */
export function seedText(file: string): string {
  return readFileSync(join(SEEDS, file), 'utf8');
}

/**
 * The extractions of these seed articles resolved together, as `newsgraph build seeds` makes them: the id is the
 * file name, the title and date come from the article's first lines.
 */
export function seedExtractions(files: readonly string[] = SEED_FILES): DocumentExtraction[] {
  return resolveCorpus(files.map((file) => extractDocument(parseArticle({ id: file, source: `seeds/${file}`, raw: seedText(file) }))));
}

/** The graph.json of these extractions, validated as `newsgraph load` validates one. */
export function seedGraph(extractions: readonly DocumentExtraction[]): SerializedGraph {
  return parseSerializedGraph(buildGraph(extractions).export());
}

/** Matches exactly the entity and document ids of these graphs. */
export function seedIdsPattern(graphs: readonly SerializedGraph[]): string {
  return exactIdsPattern(graphs.flatMap((graph) => [...graph.nodes.map((node) => node.key), ...graph.attributes.documents.map((document) => document.id)]));
}

/** Removes the nodes of these graphs' ids from the database, with their relationships. */
export function clearSeeds(client: Neo4jClient, graphs: readonly SerializedGraph[]): Promise<void> {
  return clearMatching(client, seedIdsPattern(graphs));
}

/** Loads a graph with the loader's public function, in batches of 1,000 rows like `newsgraph load`. */
export async function loadSeeds(client: Neo4jClient, graph: SerializedGraph): Promise<LoadSummary> {
  const { summary } = await loadGraph(client, graph, STATEMENTS, { batchSize: 1000, uri: CONNECTION.uri });
  return summary;
}
