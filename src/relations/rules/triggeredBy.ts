import type { PatternRule } from '../PatternRule';
import type { RelationType } from '../RelationType';
import type { TriggerRule } from '../TriggerRule';

/** What a relation read by `pattern` on the trigger word at token `at` says of itself: its type, rule id and both reasons. */
export function triggeredBy(pattern: PatternRule, trigger: TriggerRule, at: number): { type: RelationType; rule: string; reason: string; trigger: number } {
  return { type: trigger.type, rule: `${pattern.id}:${trigger.id}`, reason: `${trigger.reason}; ${pattern.reason}`, trigger: at };
}
