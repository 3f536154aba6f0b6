import { z } from 'zod';
import { RelationTypeSchema } from './RelationType';

/** A set of verbs, nouns and judging words that state one type of relation, and the reason every edge it finds will carry. */
export const TriggerRuleSchema = z.object({
  id: z.string().regex(/^[a-z][\w-]*$/),
  type: RelationTypeSchema,
  reason: z.string().min(1),
  /** Verbs in the infinitive; every inflection matches. */
  verbs: z.array(z.string().min(1)).default([]),
  nouns: z.array(z.string().min(1)).default([]),
  /**
   * Adjectives, nouns and adverbs that judge a party or its conduct (`reckless`, `a disgrace`, `shamefully`): tree
   * patterns read them where a clause says them of a party (`X said Y was reckless`, `X called Y a disgrace`).
   */
  judgments: z.array(z.string().min(1)).default([]),
  /**
   * A meeting or negotiation that runs one way only, from subject to object (`X bought Y`): parties named together with
   * no object did not deal with each other (`Mills in China and Japan, which buy ore`).
   */
  oneWay: z.boolean().default(false),
});

/** A trigger rule of the relation lexicon. */
export type TriggerRule = z.infer<typeof TriggerRuleSchema>;

/** A rule file: the triggers that extend (or, with `replace: true`, replace) the default lexicon. */
export const RuleFileSchema = z.object({
  replace: z.boolean().default(false),
  triggers: z.array(TriggerRuleSchema),
});

/** A parsed rule file. */
export type RuleFile = z.infer<typeof RuleFileSchema>;
