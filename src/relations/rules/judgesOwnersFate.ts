import { z } from 'zod';
import type { RelationMatch } from '../RelationMatch';
import { RelationTypeSchema } from '../RelationType';
import type { AnalyzedSentence } from '../syntax/AnalyzedSentence';
import { verbForms } from '../verbForms';
import ownersFateFile from './ownersFate.json';

const OwnersFateSchema = z.object({
  reason: z.string(),
  rules: z.array(z.object({
    id: z.string(),
    reason: z.string(),
    types: z.array(RelationTypeSchema),
    verbs: z.array(z.string()).optional(),
    nouns: z.array(z.string()),
  })),
  examples: z.array(z.object({ text: z.string(), relations: z.array(z.string()) })),
});

/** The owner's-fate rules, from ownersFate.json: the nouns, the relation types (and verbs) each drops, the examples. */
export const ownersFate = OwnersFateSchema.parse(ownersFateFile);

const RULES = ownersFate.rules.map((rule) => ({
  types: new Set<string>(rule.types),
  verbs: rule.verbs ? new Set(rule.verbs.flatMap(verbForms)) : undefined,
  nouns: new Set(rule.nouns),
}));

/**
 * Whether a relation judges what befalls its party rather than the party (`condemned X's arrest`, `welcomed X's
 * departure`): its topic, the phrase the party owns, ends in a noun of ownersFate.json, with the verb the rule names.
 */
export function judgesOwnersFate(s: AnalyzedSentence, match: RelationMatch): boolean {
  if (match.topic === undefined) return false;
  const noun = /([\p{L}-]+)\P{L}*$/u.exec(match.topic)?.[1]?.toLowerCase() ?? '';
  const verb = s.tokens[match.trigger]?.key ?? '';
  return RULES.some((rule) => rule.types.has(match.type) && rule.nouns.has(noun) && (rule.verbs === undefined || rule.verbs.has(verb)));
}
