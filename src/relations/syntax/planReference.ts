import type { AnalyzedSentence } from './AnalyzedSentence';
import type { DiscourseContext } from './DiscourseContext';
import type { PartyReference } from './PartyReference';
import { PLAN_NOUNS } from './syntaxWords';

// How many sentences back `it` or `the plan` may still refer to the last owned plan.
const PLAN_REACH = 4;

/** Resolves `it` or `the plan` at token `at` to the owner of the document's last plan, when the sentence speaks of a plan. */
export function planReference(s: AnalyzedSentence, at: number, context: DiscourseContext): PartyReference | undefined {
  const token = s.tokens[at];
  const plan = context.plan;
  if (!token || !plan || context.sentence - plan.sentence > PLAN_REACH) return undefined;
  const isPlanWord = PLAN_NOUNS.has(token.key) || (token.key === 'it' && s.tokens.some((word) => PLAN_NOUNS.has(word.key) || word.key === 'it'));
  return isPlanWord ? { entities: [plan.owner], edge: at, topic: plan.topic, mentions: [] } : undefined;
}
