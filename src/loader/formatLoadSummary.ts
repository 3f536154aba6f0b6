import type { LoadSummary, LoadTally } from './loadBatches';

/** The human summary of a load: nodes and relationships created versus matched (already there), by kind. */
export function formatLoadSummary(summary: LoadSummary, where: string): string {
  const matched = (tally: LoadTally): number => tally.rows - tally.created;
  const { documents, entities, mentions, relations } = summary;
  const batches = `${summary.batches} batch${summary.batches === 1 ? '' : 'es'}`;
  return [
    `Loaded into ${where} in ${batches}:`,
    `  nodes:         ${documents.created + entities.created} created, ${matched(documents) + matched(entities)} matched` +
      ` (documents ${documents.created} created / ${matched(documents)} matched,` +
      ` entities ${entities.created} created / ${matched(entities)} matched)`,
    `  relationships: ${mentions.created + relations.created} created, ${matched(mentions) + matched(relations)} matched` +
      ` (relations ${relations.created} created / ${matched(relations)} matched,` +
      ` MENTIONED_IN ${mentions.created} created / ${matched(mentions)} matched)`,
    ...(summary.replaced > 0 ? [`  replaced:      ${summary.replaced} changed document${summary.replaced === 1 ? '' : 's'} (their old evidence and mentions removed first)`] : []),
    '',
  ].join('\n');
}
