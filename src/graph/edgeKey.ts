import type { Relation } from '../relations/RelationSchema';

/** The key of the graph edge a relation aggregates into: `source|TYPE|target`, with the title for roles. */
export function edgeKey(relation: Pick<Relation, 'source' | 'type' | 'target' | 'title'>): string {
  const type = relation.title ? `${relation.type}:${relation.title}` : relation.type;
  return `${relation.source}|${type}|${relation.target}`;
}
