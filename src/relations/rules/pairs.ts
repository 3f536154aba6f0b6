import type { RelationType } from '../RelationType';
import type { RelationMatch } from '../RelationMatch';

/** Every (source, target) relation between two lists of entities, leaving out an entity related to itself. */
export function pairs(
  sources: readonly string[],
  targets: readonly string[],
  base: { type: RelationType; rule: string; reason: string; trigger: number; topic?: string; title?: string; sides?: true },
): RelationMatch[] {
  const matches: RelationMatch[] = [];
  for (const source of sources) {
    for (const target of targets) if (source !== target) matches.push({ ...base, source, target });
  }
  return matches;
}
