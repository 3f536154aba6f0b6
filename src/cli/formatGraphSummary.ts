import { plural } from '../explorer/plural';
import type { GraphSummary } from '../explorer/summarizeGraph';

/** The text `newsgraph show` prints for a whole graph: counts by type, top entities, strongest edges. */
export function formatGraphSummary(summary: GraphSummary): string {
  const ranked = (rows: readonly (readonly [number, string])[]) => {
    const width = Math.max(0, ...rows.map(([count]) => String(count).length));
    return rows.length > 0 ? rows.map(([count, text]) => `  ${String(count).padStart(width)}  ${text}`) : ['  (none)'];
  };
  const byCount = <T extends { count: number }>(rows: readonly T[]) => [...rows].sort((a, b) => b.count - a.count);
  return [
    `${summary.name}: ${plural(summary.documents, 'document')}, ${plural(summary.entities, 'entity', 'entities')}, ` +
      `${plural(summary.relations, 'relation')} from ${plural(summary.evidence, 'evidence sentence')}`,
    '',
    `Entities by type: ${byCount(summary.entityTypes).map(({ type, count }) => `${type} ${count}`).join(', ') || 'none'}`,
    `Relations by type: ${byCount(summary.relationTypes).map(({ type, count, evidence }) => `${type} ${count} (${evidence})`).join(', ') || 'none'}`,
    '',
    'Most mentioned entities (mentions):',
    ...ranked(summary.topByMentions.map((entity) => [entity.mentions, `${entity.name} (${entity.type})`])),
    '',
    'Most connected entities (relations):',
    ...ranked(summary.topByDegree.map((entity) => [entity.degree, `${entity.name} (${entity.type})`])),
    '',
    'Strongest relations (evidence sentences):',
    ...ranked(
      summary.strongestEdges.map((edge) => [
        edge.weight,
        `${edge.source.name} ${edge.type}${edge.title ? ` (${edge.title})` : ''} ${edge.target.name}`,
      ]),
    ),
    '',
  ].join('\n');
}
