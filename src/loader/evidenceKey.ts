import type { Evidence } from '../relations/EvidenceSchema';

/** The identity of one evidence item, `doc|start|end|rule`: a reload appends an item only when its key is new. */
export function evidenceKey(evidence: Pick<Evidence, 'doc' | 'start' | 'end' | 'rule'>): string {
  return `${evidence.doc}|${evidence.start}|${evidence.end}|${evidence.rule}`;
}
