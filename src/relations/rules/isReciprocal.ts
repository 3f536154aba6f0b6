import type { TriggerRule } from '../TriggerRule';

// Relations that parties named together hold with each other (`Serbia and Kosovo met`, `talks between X and Y`).
const RECIPROCAL_TYPES: ReadonlySet<string> = new Set(['MET_WITH', 'NEGOTIATED_WITH']);

/** Whether parties a trigger names together, with no other side, relate to each other: meetings and talks, not one-way deals (`X and Y bought shares`). */
export function isReciprocal(trigger: TriggerRule): boolean {
  return RECIPROCAL_TYPES.has(trigger.type) && !trigger.oneWay;
}
