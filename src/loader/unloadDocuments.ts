import { batchRows } from './planLoad';
import type { CypherRunner } from './Neo4jClient';
import { type CypherStatement, findStatement } from './parseCypherFile';

/** What an unload removed: documents, entities and relationships (relations and MENTIONED_IN links). */
export interface UnloadSummary {
  documents: number;
  entities: number;
  relationships: number;
}

const FILE = 'cypher/unload.cypher';
// `IN $ids` is checked for every evidence item of every relation an id reaches: a few hundred ids at a time.
const IDS_PER_STEP = 500;

/**
 * Removes documents with what newsgraph stored for them, or everything newsgraph loaded (`'all'`): their evidence
 * items (weight stays the number of items; a relation left without evidence goes), their MENTIONED_IN links (an
 * entity left without mentions or relations goes), then the documents. Idempotent, and each step commits as it goes,
 * so an interrupted unload run again ends as one clean run. Returns what was removed, from the database's counts.
 */
export async function unloadDocuments(runner: CypherRunner, statements: readonly CypherStatement[], ids: readonly string[] | 'all'): Promise<UnloadSummary> {
  const count = findStatement(statements, 'countLoaded', FILE);
  const [before] = await runner.read(count.text);
  if (ids === 'all') {
    await runner.run(findStatement(statements, 'removeEverything', FILE).text);
  } else {
    await removeContent(runner, statements, ids);
    const removeDocuments = findStatement(statements, 'removeDocuments', FILE);
    for (const group of batchRows(ids, IDS_PER_STEP)) await runner.run(removeDocuments.text, { ids: group });
  }
  const [after] = await runner.read(count.text);
  const removed = (field: keyof UnloadSummary): number => Number(before?.[field] ?? 0) - Number(after?.[field] ?? 0);
  return { documents: removed('documents'), entities: removed('entities'), relationships: removed('relationships') };
}

/**
 * Removes what newsgraph stored for the documents, keeping the documents themselves: their evidence items, then
 * their MENTIONED_IN links, with the relations and entities left empty. `load` runs it on a changed document first.
 */
export async function removeContent(runner: CypherRunner, statements: readonly CypherStatement[], ids: readonly string[]): Promise<void> {
  const removeEvidence = findStatement(statements, 'removeEvidence', FILE);
  const removeMentions = findStatement(statements, 'removeMentions', FILE);
  // Evidence first: removeEvidence finds relations through the MENTIONED_IN links removeMentions deletes.
  for (const group of batchRows(ids, IDS_PER_STEP)) {
    await runner.run(removeEvidence.text, { ids: group });
    await runner.run(removeMentions.text, { ids: group });
  }
}
