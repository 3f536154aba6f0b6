import type { EntityView, EvidenceView } from '../explorer/ExplorerViews';
import { plural } from '../explorer/plural';

/** The text `newsgraph show --entity` prints: the entity, its documents, and each relation with its evidence sentences. */
export function formatEntityView(view: EntityView): string {
  const lines = [
    `${view.name} (${view.type}, ${view.id})`,
    ...(view.aliases.length > 0 ? [`Also named: ${view.aliases.join(', ')}`] : []),
    `${plural(view.mentions, 'mention')} in ${plural(view.documents.length, 'document')}; ${plural(view.degree, 'relation')}`,
    '',
    'Documents:',
    ...view.documents.map((document) => `  - ${describeDocument(document)} · ${plural(document.mentions, 'mention')}`),
  ];
  if (view.relations.length === 0) lines.push('', 'No relation is stated for this entity.');
  for (const relation of view.relations) {
    lines.push('', relation.type);
    for (const group of relation.groups) {
      const arrow = group.direction === 'out' ? `${view.name} → ${group.counterpart.name}` : `${group.counterpart.name} → ${view.name}`;
      lines.push(`  ${arrow} (${group.counterpart.type}), ${plural(group.weight, 'sentence')}`);
      for (const edge of group.edges) {
        if (edge.title) lines.push(`    office: ${edge.title} (${plural(edge.weight, 'sentence')})`);
        if (edge.topics.length > 0) lines.push(`    about: ${edge.topics.join('; ')}`);
        for (const item of edge.evidence) lines.push(...formatEvidence(item));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function formatEvidence(item: EvidenceView): string[] {
  return [`    “${item.sentence}”`, `      ${describeDocument({ ...item.document, date: item.date ?? item.document.date })}; rule ${item.rule}: ${item.reason}`];
}

function describeDocument(document: { id: string; title?: string; date?: string }): string {
  const name = document.title ? `${document.title} [${document.id}]` : document.id;
  return document.date ? `${name}, ${document.date.slice(0, 10)}` : name;
}
