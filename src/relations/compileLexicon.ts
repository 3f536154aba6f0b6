import type { RelationLexicon } from './RelationLexicon';
import type { TriggerRule } from './TriggerRule';
import { verbForms } from './verbForms';

/** Indexes trigger rules by every inflection of their verbs (conjugated by compromise), by their nouns and by their judging words; later rules win. */
export function compileLexicon(rules: readonly TriggerRule[]): RelationLexicon {
  const verbs = new Map<string, TriggerRule>();
  const nouns = new Map<string, TriggerRule>();
  const judgments = new Map<string, TriggerRule>();
  for (const rule of rules) {
    for (const verb of rule.verbs) for (const form of verbForms(verb)) verbs.set(form, rule);
    for (const noun of rule.nouns) nouns.set(noun.toLowerCase(), rule);
    for (const word of rule.judgments) judgments.set(word.toLowerCase(), rule);
  }
  return { verbs, nouns, judgments };
}
