import triggerLexicon from './rules/triggerLexicon.json';
import { TriggerRuleSchema, type TriggerRule } from './TriggerRule';

/** The built-in trigger rules of the closed relation vocabulary. */
export const defaultRules: readonly TriggerRule[] = triggerLexicon.triggers.map((rule) => TriggerRuleSchema.parse(rule));
