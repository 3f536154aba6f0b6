import type { EdgeAttributes } from '../graph/EdgeAttributesSchema';

/** The caption of a relation edge in graph viewers: its type, with the office for roles (`HOLDS_ROLE: President`). */
export function edgeLabel(attributes: Pick<EdgeAttributes, 'type' | 'title'>): string {
  return attributes.title ? `${attributes.type}: ${attributes.title}` : attributes.type;
}
